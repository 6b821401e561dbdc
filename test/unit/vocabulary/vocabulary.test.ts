import { z } from "zod";
import * as domainKinds from "../../../src/domain/nodeKinds";
import * as domainRelations from "../../../src/domain/relationTypes";
import * as domainVocabulary from "../../../src/domain/vocabulary";
import { CERTAINTIES, INCIDENT_KINDS } from "../../../src/vocabulary/closedVocabularies";
import { ENTITY_KINDS, HARDWARE, type EntityKind } from "../../../src/vocabulary/entityKinds";
import { LINK_TYPES } from "../../../src/vocabulary/factLinks";
import {
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  type RelationType,
} from "../../../src/vocabulary/relationTypes";
import { VOCABULARY } from "../../../src/vocabulary/Vocabulary";
import { vocabularyProblems } from "../../../src/vocabulary/vocabularyProblems";

describe("the vocabulary", () => {
  it("is sound: known kinds and targets, one field of a name per type", () => {
    expect(vocabularyProblems(VOCABULARY)).toEqual([]);
  });

  it("is what the domain validates commands with (src/domain re-exports it)", () => {
    expect(domainKinds.ENTITY_KINDS).toBe(ENTITY_KINDS);
    expect(domainKinds.CERTAINTIES).toBe(CERTAINTIES);
    expect(domainRelations.RELATION_TYPES).toBe(RELATION_TYPES);
    expect(domainVocabulary.INCIDENT_KINDS).toBe(INCIDENT_KINDS);
    expect(domainRelations.INCIDENT_LINKS.AFFECTED).toBe(LINK_TYPES.AFFECTED.to);
    expect(domainRelations.STATEMENT_LINKS.ABOUT).toBe(LINK_TYPES.ABOUT.to);
    expect(domainRelations.endpointMismatch("OPERATES", "Agency", "Person")).toBe(
      `OPERATES cannot end at a Person; it ends at ${HARDWARE.join(", ")}`,
    );
  });

  it("types a command's relation and kind: a zod enum of its names parses to its types", () => {
    const relation = z.enum(RELATION_TYPE_NAMES);
    const kind = z.enum(ENTITY_KINDS);
    const parsed: RelationType = relation.parse("PART_OF");
    const entity: EntityKind = kind.parse("Module");
    expect([parsed, entity]).toEqual(["PART_OF", "Module"]);
    expect(relation.safeParse("ORBITS").success).toBe(false);
  });

  it("reports what is wrong, saying what to change", () => {
    expect(
      vocabularyProblems({
        ...VOCABULARY,
        kindGroups: { ...VOCABULARY.kindGroups, moons: ["Moon"] },
        unions: { ...VOCABULARY.unions, Module: { members: ["Station"] } },
        relations: {
          ...VOCABULARY.relations,
          "docked-at": { ...RELATION_TYPES.DOCKED_AT, out: { ...RELATION_TYPES.DOCKED_AT.out } },
        },
      }),
    ).toEqual([
      "the group moons names Moon, which is no kind of node",
      "the union Module has the name of a kind",
      "docked-at is not a relationship type's name: upper case, words joined by _",
      "Vehicle would have two fields dockedAt: rename one (docked-at)",
      "Station would have two fields dockedVehicles: rename one (docked-at)",
      "Module would have two fields dockedVehicles: rename one (docked-at)",
    ]);
  });
});
