import type { Catalogue } from "../catalogue/Catalogue";
import type { EventShape, Statement } from "../catalogue/CommandDefinition";
import { KEEP_PLAN } from "../eventstore/CypherRunner";
import { KIND_RANK_CYPHER, onTimelineNow, timelineHolders } from "../explore/timeline";
import { kindIn } from "../explore/graphShapes";
import { hasAnyLabel } from "../graph/cypherPatterns";
import { LABEL } from "../graph/graphLabels";
import { TYPE } from "../graph/relationshipTypes";

/*
 * The timelines of now, kept by the projection. A timeline about a node (timelineConnection(about:))
 * is a walk: what is linked to the node, the incidents that affected it or its parts, their
 * updates. On the busiest module of the 1M bench that is 40,000 happenings and 740,000 db hits
 * for a first page of 50 (275 ms). So the projection writes, for every current happening and
 * every node whose timeline holds it, one (:TimelineEntry {about, id, latest, earliest, rank}):
 * the node's id, the happening's, and the happening's key in timeline order. A range index on
 * (about, latest, earliest, rank, id) gives a page in order from a seek (7.7 ms on that module).
 * Reads of an earlier position still walk (timeline.ts): entries hold only what is known now.
 *
 * After each batch of commands the projector writes again, in the batch's transaction, the
 * entries of every happening the batch may have moved, changing only what changed. They are: the
 * nodes its events name that are happenings, the updates of those that are incidents, and,
 * around the nodes an event reshapes (EventDefinition.reshapes: a part attached or detached, a
 * merge, a retraction), the happenings linked to them and the incidents that affected them or
 * their parts. Entries depend on the graph only, never on how the log was cut into batches.
 * A rebuild writes them once, at its end (WRITE_ALL_TIMELINE_ENTRIES): in the transaction of a
 * page of 5,000 events, which holds everything the page wrote, the same statement took 10 to
 * 16 s against 0.4 to 0.8 s alone (Neo4j 5 reads through its transaction's changes), which made
 * a rebuild 4x slower.
 */

/** An undated happening's instants in its entry: after every date, as nulls sort in Cypher. */
export const UNDATED = "9999-12-31T23:59:59.999999999Z";

/** The label of a timeline's entry (not a fact: the projection derives it from the facts). */
export const TIMELINE_ENTRY_LABEL = LABEL.TimelineEntry;

/** The indexes the entries are read and rewritten by. */
export const TIMELINE_ENTRY_SCHEMA = [
  `CREATE INDEX timeline_entry_order IF NOT EXISTS FOR (t:${LABEL.TimelineEntry})
   ON (t.about, t.latest, t.earliest, t.rank, t.id)`,
  `CREATE INDEX timeline_entry_id IF NOT EXISTS FOR (t:${LABEL.TimelineEntry}) ON (t.id)`,
];

/**
 * What a link made or ended reshapes: a part-of link moves every incident that affected the
 * part or its own parts onto (or off) the timelines of what the part is in.
 */
export function reshapedByLink(type: string, from: { id: string }): readonly string[] {
  return type === TYPE.PART_OF ? [from.id] : [];
}

/** A field of an event's data that names a node: `id` (of a NodeRef) or `...Id` (incidentId). */
const isIdField = (key: string) => key === "id" || key.endsWith("Id");

/** The field by which lifecycle events name their fact: its stream's id, or its own. */
const FACT_ID_FIELD = "factId";

/**
 * The ids an event's data names: the values of its id fields (`id`, `...Id`), at any depth (a
 * NodeRef's id, a factId, which may be a stream's id). Titles, quotes and kinds are not looked up.
 */
export function namedIds(
  data: unknown,
  into: NamedIds = { ids: new Set(), factIds: new Set() },
  key = "",
): NamedIds {
  if (typeof data === "string") {
    if (key === FACT_ID_FIELD) into.factIds.add(data);
    else if (isIdField(key)) into.ids.add(data);
  } else if (Array.isArray(data)) {
    for (const item of data) namedIds(item, into, key);
  } else if (data !== null && typeof data === "object") {
    for (const [field, value] of Object.entries(data)) namedIds(value, into, field);
  }
  return into;
}

/** What events name: node ids, and factIds (a node's id or its stream's). */
export interface NamedIds {
  ids: Set<string>;
  factIds: Set<string>;
}

/**
 * The entries of the happenings a batch may have moved, written again: $named (ids an event
 * names) and $reshaped (ids whose links or parts an event moved). Plans kept: it starts from the
 * Fact and TimelineEntry id indexes only (test/integration/projectionPlans.test.ts).
 */
/**
 * Cypher, in a row holding `id`: the nodes it names, as `d`: the node of that id, and where it
 * may be a stream's id (a lifecycle event's factId: statement-x for the statement x), the nodes
 * of that stream.
 */
function nodesNamed(d: string, streams: boolean): string {
  const labels = [
    LABEL.Entity,
    LABEL.Incident,
    LABEL.IncidentUpdate,
    LABEL.Statement,
    LABEL.Retracted,
  ];
  return `CALL (id) {
    MATCH (${d}:${LABEL.Fact} {id: id}) RETURN ${d}
    ${streams ? labels.map((label) => `UNION MATCH (${d}:${label} {stream: id}) RETURN ${d}`).join("\n    ") : ""}
  }`;
}

/**
 * Cypher, in a row holding happening `n` and its entries as they are (`olds`): its entries made
 * what they must be now (none if it is not on the timelines of now), changing only what changed.
 */
const RECONCILE = `CALL (n) {
  WITH n WHERE ${onTimelineNow("n")}
  ${timelineHolders("n")}
  RETURN collect(x.id) AS abouts
}
WITH n, abouts, olds, ${kindIn("n")} AS kind
WITH n, abouts, olds, ${KIND_RANK_CYPHER} AS rank,
     coalesce(n.occurredTo, datetime('${UNDATED}')) AS latest,
     coalesce(n.occurredFrom, datetime('${UNDATED}')) AS earliest
WITH n, abouts, latest, earliest, rank,
     [old IN olds WHERE NOT old.about IN abouts] AS gone,
     [old IN olds WHERE old.about IN abouts
        AND NOT (old.latest = latest AND old.earliest = earliest AND old.rank = rank)] AS stale,
     [about IN abouts WHERE NOT about IN [old IN olds | old.about]] AS added
FOREACH (old IN gone | DELETE old)
FOREACH (old IN stale | SET old.latest = latest, old.earliest = earliest, old.rank = rank)
FOREACH (about IN added |
  CREATE (:${LABEL.TimelineEntry} {about: about, id: n.id, latest: latest, earliest: earliest, rank: rank}))`;

const REWRITE_ENTRIES = `${KEEP_PLAN}
CALL () {
  UNWIND $named AS id ${nodesNamed("d", false)} RETURN d
  UNION
  UNWIND $factIds AS id ${nodesNamed("d", true)} RETURN d
  UNION
  UNWIND $reshaped AS id ${nodesNamed("r", true)}
  CALL (r) {
    MATCH (r)-[link]-(d) WHERE type(link) <> '${TYPE.CITES}' RETURN d
    UNION
    MATCH (r)<-[:${TYPE.PART_OF}*0..2]-()<-[:${TYPE.AFFECTED}]-(d) RETURN d
  }
  RETURN d
}
WITH DISTINCT d
CALL (d) {
  RETURN d AS n
  UNION
  MATCH (d)-[:${TYPE.HAS_UPDATE}]->(n) RETURN n
}
WITH DISTINCT n WHERE ${hasAnyLabel("n", [LABEL.Incident, LABEL.IncidentUpdate, LABEL.Statement, LABEL.Retracted])}
CALL (n) {
  MATCH (old:${LABEL.TimelineEntry} {id: n.id}) RETURN collect(old) AS olds
}
WITH collect({n: n, olds: olds}) AS moved
UNWIND moved AS row
WITH row.n AS n, row.olds AS olds
${RECONCILE}`;

/** The statement writing again the timeline entries a batch of events may have moved. */
export function rewriteTimelineEntries(
  catalogue: Catalogue,
  records: readonly { type: string; event: EventShape }[],
): Statement {
  const named: NamedIds = { ids: new Set(), factIds: new Set() };
  const reshaped = new Set<string>();
  for (const { type, event } of records) {
    namedIds(event.data, named);
    for (const id of catalogue.event(type).reshapes?.(event) ?? []) reshaped.add(id);
  }
  return {
    text: REWRITE_ENTRIES,
    parameters: { named: [...named.ids], factIds: [...named.factIds], reshaped: [...reshaped] },
  };
}

/**
 * Every happening's entries made what they must be, in transactions of 1,000 happenings: how a
 * rebuild writes them, once, at its end. Idempotent: a rebuild that resumes runs it again.
 */
export const WRITE_ALL_TIMELINE_ENTRIES = `MATCH (n)
WHERE ${hasAnyLabel("n", [LABEL.Incident, LABEL.IncidentUpdate, LABEL.Statement, LABEL.Retracted])}
CALL (n) {
  OPTIONAL MATCH (old:${LABEL.TimelineEntry} {id: n.id})
  WITH n, collect(old) AS olds
  ${RECONCILE}
} IN TRANSACTIONS OF 1000 ROWS`;
