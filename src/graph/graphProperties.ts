import { LABEL } from "./graphLabels";
import { TYPE } from "./relationshipTypes";

/**
 * The property names the projection writes, by label and by kind of relationship: what
 * docs/graph-model.md documents (test/unit/graph/graphModelDoc.test.ts holds the two equal, and
 * test/integration/graphModel.test.ts the document equal to a projected graph), and what the
 * SDL's fields may read (test/unit/graph/sdlAgreesWithVocabulary.test.ts).
 */

/** What every fact node carries: its id, stream, provenance and when the log learnt it. */
const FACT_NODE = [
  "id",
  "kind",
  "certainty",
  "stream",
  "knownSince",
  "sources",
  "quotes",
  "quotesText",
  "eventIds",
  "correctedAt",
] as const;

/** A world time: the source's value, its precision, the first and last instants it may mean. */
const OCCURRED = ["occurredAt", "occurredAtPrecision", "occurredFrom", "occurredTo"] as const;

/** Each node label's own properties (Retracted also keeps those of what it was). */
export const NODE_PROPERTIES = {
  [LABEL.Entity]: [...FACT_NODE, "name", "aliases", "aliasesText", "description"],
  [LABEL.Incident]: [...FACT_NODE, "title", "description", ...OCCURRED],
  [LABEL.IncidentUpdate]: [
    ...FACT_NODE,
    "incidentId",
    "updateId",
    "description",
    "cause",
    "ruledOut",
    "likelihood",
    ...OCCURRED,
  ],
  [LABEL.Statement]: [...FACT_NODE, "text", "speakerDescription", ...OCCURRED],
  [LABEL.Article]: [
    "id",
    "title",
    "publisher",
    "publishedOn",
    "url",
    "dateline",
    "text",
    "textSha256",
    "stream",
    "knownSince",
    "eventIds",
  ],
  [LABEL.Retracted]: ["knownUntil", "retractedReason"],
  [LABEL.Quantity]: [
    ...FACT_NODE.filter((property) => property !== "kind"),
    "measure",
    "value",
    "lowerBound",
    "upperBound",
    "unit",
    "unitName",
    "baseValue",
    "baseLowerBound",
    "baseUpperBound",
    "dimension",
    "label",
    ...OCCURRED,
  ],
  /** A value a source gives a field of a fact, with its rank over the log. */
  [LABEL.Claim]: [
    "id",
    "factId",
    "field",
    "claimId",
    "value",
    "precision",
    "valueFrom",
    "valueTo",
    "rank",
    "reason",
    "rankHistory",
    "rankSince",
    "rankReasons",
    "sources",
    "quotes",
    "quotesText",
    "eventIds",
    "knownSince",
  ],
  [LABEL.Alias]: [
    "id",
    "entityId",
    "name",
    "certainty",
    "note",
    "sources",
    "quotes",
    "quotesText",
    "eventIds",
    "knownSince",
  ],
  /** An entity merged into another: it keeps its properties, and says into which and when. */
  [LABEL.Merged]: ["mergedInto", "mergedAt"],
  /** One happening on one node's timeline as of now, with its key in timeline order. */
  [LABEL.TimelineEntry]: ["about", "id", "latest", "earliest", "rank"],
} as const satisfies Record<string, readonly string[]>;

/** Labels whose nodes also keep the properties of others (a retracted node, of what it was). */
export const NODE_PROPERTIES_INHERITED: Record<string, readonly string[]> = {
  [LABEL.Fact]: [
    LABEL.Incident,
    LABEL.IncidentUpdate,
    LABEL.Statement,
    LABEL.Entity,
    LABEL.Quantity,
    LABEL.Merged,
  ],
  [LABEL.Retracted]: [
    LABEL.Entity,
    LABEL.Incident,
    LABEL.IncidentUpdate,
    LABEL.Statement,
    LABEL.Quantity,
  ],
  [LABEL.Merged]: [LABEL.Entity],
};

/**
 * What every versioned relationship between facts carries: its id, stream and provenance; once
 * moved by merges, the entities it was moved from, which of its ends each was, and when.
 */
const PROVENANCE = [
  "id",
  "certainty",
  "stream",
  "knownSince",
  "sources",
  "quotes",
  "eventIds",
  "mergedFrom",
  "mergedEnd",
  "mergedAt",
];

/** The properties of each kind of relationship. */
export const RELATIONSHIP_PROPERTIES = {
  /** A relation: a fact of its own, with a validity, a role and its corrections. */
  relation: [
    ...PROVENANCE,
    "role",
    "validFrom",
    "validFromPrecision",
    "validFromStart",
    "validTo",
    "validToPrecision",
    "validToEnd",
    "quotesText",
    "correctedAt",
  ],
  /** A link an incident or statement makes: the provenance of the event that made it. */
  link: PROVENANCE,
  [TYPE.HAS_UPDATE]: ["id", "knownSince"],
  [TYPE.CITES]: ["eventId", "quote", "note", "knownSince", "mergedFrom", "mergedEnd", "mergedAt"],
  [TYPE.HAS_CLAIM]: [],
  [TYPE.HAS_ALIAS]: [],
  [TYPE.MEASURES]: ["id", "knownSince"],
  [TYPE.MERGED_INTO]: [],
  [TYPE.DIFFERENT_FROM]: ["id", "knownSince", "eventIds", "mergedFrom", "mergedEnd", "mergedAt"],
  /** An ended relationship: all the properties it had, and why and when it ended. */
  [TYPE.HISTORICAL]: ["type", "knownUntil", "endedBy", "endedByEvent", "endReason"],
} as const satisfies Record<string, readonly string[]>;

/** Every property name a node of the projection may carry. */
export const ALL_NODE_PROPERTIES: ReadonlySet<string> = new Set(
  Object.values(NODE_PROPERTIES).flat(),
);

/** Every property name a relationship of the projection may carry. */
export const ALL_RELATIONSHIP_PROPERTIES: ReadonlySet<string> = new Set(
  Object.values(RELATIONSHIP_PROPERTIES).flat(),
);
