import { earliestInstant, latestInstant, type WorldTime } from "../../domain/WorldTime";
import { utcDateTime } from "../../neo4j/neo4jValues";
import { factEventRow } from "../../projection/factTarget";
import { FACT_LABEL } from "../../projection/graphLabels";
import { matchRelation } from "../../projection/graphWrites";
import type { OrderedProjection, ProjectedRecord } from "../CommandDefinition";
import type { RelationTarget } from "../facts";
import type { ClaimRanked, ClaimRecorded } from "./claimEvents";
import type { ClaimValue } from "./claimState";
import { LABEL } from "../../graph/graphLabels";
import { TYPE } from "../../graph/relationshipTypes";

/**
 * Claims in the graph: a (:${LABEL.Claim}) node per value a source gave a field of a fact (its id
 * `<fact id>#<field>-<n>`), which the fact's node HAS_CLAIM (a relation's claims name it by
 * `factId`), citing its articles. Its rank now is `rank`; its ranks over the log are
 * `rankHistory`, with the positions they began at (`rankSince`) and their reasons
 * (`rankReasons`), so that "as known at P" reads the rank a claim had then. The fact's own
 * properties hold its preferred claim's value. Claim 1 (the value the fact was stated with) is
 * made when the field first gets a second value, from the fact's properties and first source.
 *
 * The Cypher below runs over a row `e` (the event: the fact's id, its relation key, the event's
 * id, position, source and reason), a claim row `k` (field, where the fact keeps it, the value)
 * and the fact's holder `h` (its node, or a relation's relationship).
 */

/** Where a fact keeps a field's value: its property, and a world time's precision and span. */
const FIELD_KEYS: Record<
  string,
  { value: string; precision?: string; from?: string; to?: string }
> = {
  occurredAt: {
    value: "occurredAt",
    precision: "occurredAtPrecision",
    from: "occurredFrom",
    to: "occurredTo",
  },
  validFrom: { value: "validFrom", precision: "validFromPrecision", from: "validFromStart" },
  validTo: { value: "validTo", precision: "validToPrecision", to: "validToEnd" },
};

const isTime = (value: ClaimValue): value is WorldTime =>
  typeof value === "object" && value !== null;

/** A claimed value as the claim node holds it, and the fact's properties when it is preferred. */
export function claimRow(field: string, value: ClaimValue) {
  const keys = FIELD_KEYS[field] ?? { value: field };
  const from = isTime(value) ? utcDateTime(earliestInstant(value)) : null;
  const to = isTime(value) ? utcDateTime(latestInstant(value)) : null;
  const properties: Record<string, unknown> = { [keys.value]: isTime(value) ? value.value : value };
  if (keys.precision) properties[keys.precision] = isTime(value) ? value.precision : null;
  if (keys.from) properties[keys.from] = from;
  if (keys.to) properties[keys.to] = to;
  return {
    field,
    keys: {
      value: keys.value,
      precision: keys.precision ?? "",
      from: keys.from ?? "",
      to: keys.to ?? "",
    },
    value: isTime(value) ? value.value : value,
    precision: isTime(value) ? value.precision : null,
    valueFrom: from,
    valueTo: to,
    properties,
  };
}

/** What every claim event's row holds: its fact, and its event's provenance. */
export function claimEventRow(
  record: ProjectedRecord,
  factId: string,
  relation: RelationTarget | undefined,
  reason: string | undefined,
) {
  return {
    ...factEventRow(record, { factId, relation }).row,
    articleId: record.source?.articleId ?? null,
    quote: record.source?.quote ?? null,
    reason: reason ?? null,
  };
}

/** A fact's node or relation: only a node can have its claims (a relation's are found by factId). */
type Holder = "node" | "relationship";

/** Cypher linking claim `c` to its holder `h` when `h` is a node. */
const hasClaim = (holder: Holder, guard = "") =>
  holder === "node"
    ? `CALL (c, h) { WITH c, h ${guard} CREATE (h)-[:${TYPE.HAS_CLAIM}]->(c) }`
    : "";

/** Claim 1 of k's field, from h's value and first source, when the field has no claim yet. */
const firstClaim = (holder: Holder) => `
        CALL (e, k, h) {
          WITH e, k, h WHERE NOT EXISTS { MATCH (:${LABEL.Claim} {id: e.id + '#' + k.field + '-1'}) }
          CREATE (c:${LABEL.Claim} {id: e.id + '#' + k.field + '-1', factId: e.id, field: k.field,
                           claimId: k.field + '-1', rank: 'preferred'})
          SET c.value = h[k.keys.value], c.precision = h[k.keys.precision],
              c.valueFrom = h[k.keys.from], c.valueTo = h[k.keys.to],
              c.rankHistory = ['preferred'], c.rankSince = [h.knownSince], c.rankReasons = [''],
              c.sources = h.sources[0..1], c.quotes = h.quotes[0..1],
              c.quotesText = coalesce(h.quotes[0], ''), c.eventIds = h.eventIds[0..1],
              c.knownSince = h.knownSince
          WITH c, h
          ${hasClaim(holder)}
          WITH c, h
          MATCH (a:${LABEL.Article} {id: h.sources[0]})
          CREATE (c)-[cites:${TYPE.CITES} {eventId: h.eventIds[0]}]->(a)
          SET cites.quote = h.quotes[0], cites.knownSince = c.knownSince
        }`;

/** Claim `c` takes rank `rank` at e.position, for `reason`. */
const rerank = (c: string, rank: string, reason: string) => `
          SET ${c}.rank = ${rank}, ${c}.reason = ${reason},
              ${c}.rankHistory = ${c}.rankHistory + ${rank},
              ${c}.rankSince = ${c}.rankSince + e.position,
              ${c}.rankReasons = ${c}.rankReasons + coalesce(${reason}, '')`;

/** The preferred claim of k's field other than k.claimId takes k.demotedTo, and h takes k's value. */
const PREFER = `
        CALL (e, k) {
          MATCH (old:${LABEL.Claim} {factId: e.id, field: k.field, rank: 'preferred'})
          WHERE old.claimId <> k.claimId
          ${rerank("old", "k.demotedTo", "e.reason")}
        }
        SET h += k.properties`;

/** Claim k.claimId, with k's value and e's source, of rank k.rank (a claim already made cites e too). */
const claim = (holder: Holder) => `
        CALL (e, k, h) {
          MERGE (c:${LABEL.Claim} {id: e.id + '#' + k.claimId})
          ON CREATE SET c.factId = e.id, c.field = k.field, c.claimId = k.claimId,
                        c.value = k.value, c.precision = k.precision,
                        c.valueFrom = k.valueFrom, c.valueTo = k.valueTo,
                        c.rank = k.rank, c.rankHistory = [k.rank], c.rankSince = [e.position],
                        c.reason = e.reason, c.rankReasons = [coalesce(e.reason, '')], c.sources = [], c.quotes = [], c.quotesText = '',
                        c.eventIds = [], c.knownSince = e.position
          SET c.sources = c.sources + e.articleId, c.quotes = c.quotes + e.quote,
              c.quotesText = CASE c.quotesText WHEN '' THEN e.quote ELSE c.quotesText + ' | ' + e.quote END,
              c.eventIds = c.eventIds + e.eventId
          WITH c, h
          ${hasClaim(holder, `WHERE NOT EXISTS { (h)-[:${TYPE.HAS_CLAIM}]->(c) }`)}
          WITH c
          MATCH (a:${LABEL.Article} {id: e.articleId})
          CREATE (c)-[cites:${TYPE.CITES} {eventId: e.eventId}]->(a)
          SET cites.quote = e.quote, cites.knownSince = e.position
        }`;

/** Runs `body` over `h`, the fact's node or relation, once per event (its id joins eventIds). */
function onHolder(body: (holder: Holder) => string): string {
  return `
    CALL (e) {
      WITH e WHERE e.relation IS NULL
      MATCH (h:${FACT_LABEL} {id: e.id})
      WITH e, h WHERE NOT e.eventId IN h.eventIds
      SET h.eventIds = h.eventIds + e.eventId
      WITH e, h, e.claim AS k
      ${body("node")}
    }
    CALL (e) {
      WITH e WHERE e.relation IS NOT NULL
      ${matchRelation("e")}
      WITH e, r AS h WHERE NOT e.eventId IN h.eventIds
      SET h.eventIds = h.eventIds + e.eventId
      WITH e, h, e.claim AS k
      ${body("relationship")}
    }`;
}

/**
 * Cypher over `e`, `k` (a claim row whose value is new for the field) and `h`, for a correction:
 * claim 1 is made if needed; the claim already saying k's value, or a new one numbered after
 * the field's claims, becomes preferred; the preferred one before is deprecated with e.reason.
 */
export const correctedClaim = (holder: Holder) => `
        ${firstClaim(holder)}
        WITH e, k, h
        OPTIONAL MATCH (same:${LABEL.Claim} {factId: e.id, field: k.field})
        WHERE coalesce(same.value, '') = coalesce(k.value, '')
          AND coalesce(same.precision, '') = coalesce(k.precision, '')
        WITH e, k, h, same, COUNT { (:${LABEL.Claim} {factId: e.id, field: k.field}) } AS claims
        WITH e, h, k {.*, rank: 'preferred', demotedTo: 'deprecated',
                      claimId: coalesce(same.claimId, k.field + '-' + toString(claims + 1))} AS k,
             same
        ${PREFER}
        WITH e, k, h, same
        ${claim(holder)}
        WITH e, k, same
        CALL (e, k, same) {
          WITH e, same WHERE same IS NOT NULL AND same.rank <> 'preferred'
          ${rerank("same", "'preferred'", "null")}
        }`;

const recorded: OrderedProjection<ClaimRecorded> = {
  kind: "ordered",
  row: ({ record, event }) => {
    const { factId, relation, field, claimId, value, preferred, reason } = event.data;
    return {
      ...claimEventRow(record, factId, relation, reason),
      claim: {
        ...claimRow(field, value),
        claimId,
        rank: preferred ? "preferred" : "normal",
        demotedTo: "normal",
      },
    };
  },
  cypher: onHolder(
    (holder) => `${firstClaim(holder)}
      ${claim(holder)}
      WITH e, k, h WHERE k.rank = 'preferred'
      ${PREFER}`,
  ),
};

const ranked: OrderedProjection<ClaimRanked> = {
  kind: "ordered",
  row: ({ record, event }) => {
    const { factId, relation, field, claimId, value, rank, reason } = event.data;
    return {
      ...claimEventRow(record, factId, relation, reason),
      claim: { ...claimRow(field, value), claimId, rank, demotedTo: "normal" },
    };
  },
  cypher: onHolder(
    () => `
      CALL (e, k, h) {
        WITH e, k, h WHERE k.rank = 'preferred'
        ${PREFER}
      }
      WITH e, k
      MATCH (c:${LABEL.Claim} {id: e.id + '#' + k.claimId})
      ${rerank("c", "k.rank", "e.reason")}`,
  ),
};

/** The ordered projections of ClaimRecorded and ClaimRanked. */
export const claimProjection = { recorded, ranked };
