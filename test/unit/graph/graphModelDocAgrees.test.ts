import { GRAPH_MODEL } from "../../../src/graph/GraphModel";
import {
  NODE_PROPERTIES,
  NODE_PROPERTIES_INHERITED,
  RELATIONSHIP_PROPERTIES,
} from "../../../src/graph/graphProperties";
import { LINK_TYPES } from "../../../src/vocabulary/factLinks";
import { VOCABULARY } from "../../../src/vocabulary/Vocabulary";
import { parseGraphModelDoc, readGraphModelDoc } from "../../support/graphModelDoc";

/**
 * docs/graph-model.md documents the graph model of src/graph: its labels, relationship types and
 * their properties, no more, no less (test/integration/graphModel.test.ts holds the document equal
 * to a projected graph, so the model is what the projection writes). Its tables of kinds,
 * relations and links are generated (npm run codegen); its property tables are written by hand.
 */

/** Labels of the log, documented with the graph but owned by src/eventstore (and the projector's checkpoint). */
const LOG_LABELS = ["Event", "EventStream", "EventLog", "ProjectionState"];

const markdown = readGraphModelDoc();
const doc = parseGraphModelDoc(markdown);
const documented = (element: "label" | "relationship type") =>
  doc.sections.filter((s) => s.element === element).flatMap((s) => s.names);
const propertiesOf = (name: string) => [...(doc.byName.get(name)?.properties ?? [])].sort();
const sorted = (names: readonly string[]) => [...names].sort();

/** The lines of the document under a level-3 heading, up to the next heading. */
function sectionText(heading: string): string {
  const lines = markdown.split("\n");
  const start = lines.indexOf(heading);
  const end = lines.findIndex((line, i) => i > start && /^#{1,3} /.test(line));
  return lines.slice(start, end).join("\n");
}

describe("docs/graph-model.md and the graph model", () => {
  it("documents every label of the model, and no other (but the log's)", () => {
    const labels = documented("label").filter((l) => !LOG_LABELS.includes(l));
    expect(sorted(labels)).toEqual(sorted(GRAPH_MODEL.labels));
  });

  it("documents every relationship type of the model, and no other", () => {
    expect(sorted(documented("relationship type"))).toEqual(sorted(GRAPH_MODEL.relationshipTypes));
  });

  it("gives each label the properties the model gives it", () => {
    for (const label of GRAPH_MODEL.labels) {
      const own = NODE_PROPERTIES[label as keyof typeof NODE_PROPERTIES] ?? [];
      expect({ label, properties: propertiesOf(label) }).toEqual({
        label,
        properties: sorted(own),
      });
      expect({ label, inherits: sorted(doc.byName.get(label)?.inherits ?? []) }).toEqual({
        label,
        inherits: sorted(NODE_PROPERTIES_INHERITED[label] ?? []),
      });
    }
  });

  it("gives each relationship type the properties the model gives its kind", () => {
    const expected = (type: string): readonly string[] => {
      if (type in RELATIONSHIP_PROPERTIES)
        return RELATIONSHIP_PROPERTIES[type as keyof typeof RELATIONSHIP_PROPERTIES];
      if (Object.hasOwn(VOCABULARY.relations, type)) return RELATIONSHIP_PROPERTIES.relation;
      return RELATIONSHIP_PROPERTIES.link;
    };
    for (const type of GRAPH_MODEL.relationshipTypes)
      expect({ type, properties: propertiesOf(type) }).toEqual({
        type,
        properties: sorted(expected(type)),
      });
    // A link without provenance of its own has a section of its own.
    const bare = Object.entries(LINK_TYPES).filter(([, l]) => "provenance" in l);
    expect(bare.map(([type]) => doc.byName.get(type)?.names)).toEqual(bare.map(([t]) => [t]));
  });

  it("lists the values of each closed vocabulary where it documents a fact's kind", () => {
    const kindRows = {
      "### `Incident`": VOCABULARY.closed.IncidentKind!,
      "### `IncidentUpdate`": VOCABULARY.closed.IncidentUpdateKind!,
      "### `Statement`": VOCABULARY.closed.StatementKind!,
    };
    for (const [heading, closed] of Object.entries(kindRows)) {
      const row = sectionText(heading)
        .split("\n")
        .find((line) => line.startsWith("| `kind` |"));
      const listed = [...(row ?? "").matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]);
      expect({ heading, listed }).toEqual({ heading, listed: Object.keys(closed.values) });
    }
  });
});
