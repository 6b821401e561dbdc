import { Kind, parse, type UnionTypeDefinitionNode } from "graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import { factChangeOf, TYPENAME_OF } from "../../../src/changes/FactChange";
import type { EventRecord } from "../../../src/eventstore/EventRecord";
import { ENTITY_KINDS } from "../../../src/vocabulary/entityKinds";
import { SCHEMA_DIR } from "../../support/schemaFiles";

/** The last event of a stream, as the log gives it: only what a change record reads of it. */
function lastEvent(stream: string, position: number, event: { type: string; data?: object }) {
  return { stream, position, type: event.type, event: { data: {}, ...event } } as EventRecord;
}

/** The change since position 10 to a stream that began at `began`, its last event at 12. */
function changeSince10(
  stream: string,
  event: { type: string; data?: object },
  began: number,
  entityKind?: string,
) {
  return factChangeOf(lastEvent(stream, 12, event), 10, began, entityKind);
}

describe("a fact's change, from its stream's last event", () => {
  it("is CREATED when its stream began after the position, whatever came after", () => {
    const change = changeSince10("incident-leak", { type: "FactCorrected" }, 11);
    expect(change).toEqual({
      factId: "leak",
      stream: "incident-leak",
      typename: "Incident",
      kind: "CREATED",
      position: 12,
      lastEventType: "FactCorrected",
      mergedInto: null,
      current: { read: "incidents", id: "leak" },
    });
  });

  it("is CORRECTED after a correction, UPDATED after anything else, for a fact known before", () => {
    const corrected = changeSince10("entity-zvezda", { type: "FactCorrected" }, 3, "Module");
    expect(corrected).toMatchObject({
      kind: "CORRECTED",
      typename: "Module",
      current: { read: "entities" },
    });
    const aliased = changeSince10("entity-zvezda", { type: "AliasAdded" }, 3, "Module");
    expect(aliased.kind).toBe("UPDATED");
  });

  it("is RETRACTED with nothing to read, even when it began after the position", () => {
    const change = changeSince10("statement-s", { type: "FactRetracted" }, 11);
    expect(change).toMatchObject({ kind: "RETRACTED", typename: "Statement", current: null });
  });

  it("is MERGED, and reads the entity it was merged into", () => {
    const merge = {
      type: "EntityMerged",
      data: { entityId: "dc", into: { id: "pirs", kind: "Module" } },
    };
    const change = changeSince10("entity-dc", merge, 11, "Module");
    expect(change).toMatchObject({
      kind: "MERGED",
      mergedInto: "pirs",
      current: { read: "entities", id: "pirs" },
    });
  });

  it("names each category's type: a relation's is RelationFact, an entity's its kind", () => {
    const typeOf = (stream: string, kind?: string) =>
      factChangeOf(lastEvent(stream, 2, { type: "FactCorroborated" }), 0, 1, kind).typename;
    expect(typeOf("relation-r")).toBe("RelationFact");
    expect(typeOf("article-a")).toBe("Article");
    expect(typeOf("quantity-q")).toBe("Quantity");
    expect(typeOf("entity-e", "Person")).toBe("Person");
    expect(() => typeOf("entity-e")).toThrow("no kind");
  });
});

describe("ChangedFact", () => {
  it("has every entity kind and every other type a fact's node has", () => {
    const sdl = parse(readFileSync(path.join(SCHEMA_DIR, "changes.graphql"), "utf8"));
    const union = sdl.definitions.find(
      (d): d is UnionTypeDefinitionNode =>
        d.kind === Kind.UNION_TYPE_DEFINITION && d.name.value === "ChangedFact",
    );
    const nodeTypes = Object.values(TYPENAME_OF).filter((type) => type !== "RelationFact");
    expect(union?.types?.map((t) => t.name.value).sort()).toEqual(
      [...ENTITY_KINDS, ...nodeTypes].sort(),
    );
  });
});
