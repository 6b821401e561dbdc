import type { Catalogue } from "../catalogue/Catalogue";
import type { EventShape, Statement } from "../catalogue/CommandDefinition";
import { KEEP_PLAN, type CypherRunner } from "../eventstore/CypherRunner";
import {
  HAPPENING_OR_RETRACTED,
  KIND_RANK_CYPHER,
  onTimelineNow,
  timelineHolders,
} from "../explore/timeline";
import { kindIn } from "../explore/graphShapes";
import { hasAnyLabel } from "../graph/cypherPatterns";
import { LABEL } from "../graph/graphLabels";
import { TYPE } from "../graph/relationshipTypes";
import { factIdOf } from "../domain/streams";

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
 * A rebuild writes them once, at its end (WRITE_TIMELINE_ENTRIES_OF): in the transaction of a
 * page of 5,000 events, which holds everything the page wrote, the same statement took 10 to
 * 16 s against 0.4 to 0.8 s alone (Neo4j 5 reads through its transaction's changes), which made
 * a rebuild 4x slower.
 */

/** An undated happening's instants in its entry: after every date, as nulls sort in Cypher. */
export const UNDATED = "9999-12-31T23:59:59.999999999Z";

/** UNDATED as a Cypher datetime. */
export const UNDATED_CYPHER = `datetime('${UNDATED}')`;

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

/** An id as given, and the fact's id if it is a stream's (entity-x: x). */
const idsNamedBy = (idOrStream: string) => new Set([idOrStream, factIdOf(idOrStream)]);

/**
 * The ids an event's data names: the values of its id fields (`id`, `...Id`), at any depth (a
 * NodeRef's id, an incidentId). A lifecycle event's factId may be its fact's stream
 * (statement-x): the fact's id is named too (x). Titles, quotes and kinds are not looked up.
 */
export function namedIds(data: unknown, into: Set<string> = new Set(), key = ""): Set<string> {
  if (typeof data === "string") {
    if (isIdField(key)) for (const id of idsNamedBy(data)) into.add(id);
  } else if (Array.isArray(data)) {
    for (const item of data) namedIds(item, into, key);
  } else if (data !== null && typeof data === "object") {
    for (const [field, value] of Object.entries(data)) namedIds(value, into, field);
  }
  return into;
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
     coalesce(n.occurredTo, ${UNDATED_CYPHER}) AS latest,
     coalesce(n.occurredFrom, ${UNDATED_CYPHER}) AS earliest
WITH n, abouts, latest, earliest, rank,
     [old IN olds WHERE NOT old.about IN abouts] AS gone,
     [old IN olds WHERE old.about IN abouts
        AND NOT (old.latest = latest AND old.earliest = earliest AND old.rank = rank)] AS stale,
     [about IN abouts WHERE NOT about IN [old IN olds | old.about]] AS added
FOREACH (old IN gone | DELETE old)
FOREACH (old IN stale | SET old.latest = latest, old.earliest = earliest, old.rank = rank)
FOREACH (about IN added |
  CREATE (:${LABEL.TimelineEntry} {about: about, id: n.id, latest: latest, earliest: earliest, rank: rank}))`;

/**
 * Cypher, in rows holding happenings `n`: the entries of each made what they must be (RECONCILE),
 * all of them read before any is written.
 */
const RECONCILE_EACH = `CALL (n) {
  MATCH (old:${LABEL.TimelineEntry} {id: n.id}) RETURN collect(old) AS olds
}
WITH collect({n: n, olds: olds}) AS moved
UNWIND moved AS row
WITH row.n AS n, row.olds AS olds
${RECONCILE}`;

/**
 * The entries of the happenings a batch may have moved, written again: $named (ids an event
 * names) and $reshaped (ids whose links or parts an event moved). Plans kept: it starts from the
 * Fact and TimelineEntry id indexes only (test/integration/projectionPlans.test.ts).
 */
const REWRITE_ENTRIES = `${KEEP_PLAN}
CALL () {
  UNWIND $named AS id MATCH (d:${LABEL.Fact} {id: id}) RETURN d
  UNION
  UNWIND $reshaped AS id MATCH (r:${LABEL.Fact} {id: id})
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
WITH DISTINCT n WHERE ${hasAnyLabel("n", HAPPENING_OR_RETRACTED)}
${RECONCILE_EACH}`;

/**
 * Whether a batch names a happening or an incident (an article, an entity or an alias alone move
 * no timeline): cheap to plan and to run, so that such a batch, the first command after a start
 * often, neither plans nor runs REWRITE_ENTRIES.
 */
export const NAMES_HAPPENINGS = `${KEEP_PLAN} UNWIND $named AS id
MATCH (d:${LABEL.Fact} {id: id})
WHERE ${hasAnyLabel("d", HAPPENING_OR_RETRACTED)}
RETURN count(d) > 0 AS names`;

/**
 * Keeps the timelines of now after a batch, in its transaction: REWRITE_ENTRIES, unless the batch
 * reshapes nothing and names no happening.
 */
export async function keepTimelineEntries(
  cypher: CypherRunner,
  catalogue: Catalogue,
  records: readonly { type: string; event: EventShape }[],
): Promise<void> {
  const { text, parameters } = rewriteTimelineEntries(catalogue, records);
  if ((parameters.reshaped as string[]).length === 0) {
    const check = await cypher.run(NAMES_HAPPENINGS, { named: parameters.named });
    if (check.records[0]?.get("names") !== true) return;
  }
  await cypher.run(text, parameters);
}

/** The statement writing again the timeline entries a batch of events may have moved. */
export function rewriteTimelineEntries(
  catalogue: Catalogue,
  records: readonly { type: string; event: EventShape }[],
): Statement {
  const named = new Set<string>();
  const reshaped = new Set<string>();
  for (const { type, event } of records) {
    namedIds(event.data, named);
    for (const id of catalogue.event(type).reshapes?.(event) ?? [])
      for (const node of idsNamedBy(id)) reshaped.add(node);
  }
  return { text: REWRITE_ENTRIES, parameters: { named: [...named], reshaped: [...reshaped] } };
}

/** How many happenings there are, current or retracted: what a rebuild's last pass goes through. */
export const COUNT_HAPPENINGS = `MATCH (n) WHERE ${hasAnyLabel("n", HAPPENING_OR_RETRACTED)}
RETURN count(n) AS total`;

/** The ids of the next $limit happenings after id $after, in id order (the Fact id index's). */
export const HAPPENINGS_AFTER = `MATCH (n:${LABEL.Fact})
WHERE n.id > $after AND ${hasAnyLabel("n", HAPPENING_OR_RETRACTED)}
RETURN n.id AS id ORDER BY id LIMIT $limit`;

/**
 * The entries of happenings $ids made what they must be: how a rebuild writes them, once, at its
 * end, a page of happenings a transaction (HAPPENINGS_AFTER). Idempotent: a rebuild that resumes
 * runs it again.
 */
export const WRITE_TIMELINE_ENTRIES_OF = `UNWIND $ids AS id
MATCH (n:${LABEL.Fact} {id: id})
${RECONCILE_EACH}`;
