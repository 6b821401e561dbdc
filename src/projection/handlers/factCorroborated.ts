import { factTarget } from "../factTarget";
import { FACT_LABEL } from "../graphLabels";
import { CITE, citationOf, matchRelation, relationKey } from "../graphWrites";
import type { OrderedHandler } from "../ProjectionHandler";

const grow = (x: string) =>
  `SET ${x}.sources = ${x}.sources + e.articleId, ${x}.quotes = ${x}.quotes + e.quote,
       ${x}.quotesText = ${x}.quotesText + ' | ' + e.quote, ${x}.eventIds = ${x}.eventIds + e.eventId`;

/** Another source for a fact: its sources, quotes and events grow; a node cites the new article too. */
export const factCorroborated: OrderedHandler<"FactCorroborated"> = {
  type: "FactCorroborated",
  kind: "ordered",
  row: ({ record, event }) => {
    const target = factTarget(event.data.factId, event.data.relation);
    return {
      id: target.id,
      relation: target.kind === "relation" ? relationKey(target.relation) : null,
      eventId: record.id,
      articleId: record.source?.articleId ?? null,
      quote: record.source?.quote ?? null,
      citation: citationOf(target.id, record),
    };
  },
  cypher: `
    CALL (e) {
      WITH e WHERE e.relation IS NULL
      MATCH (n:${FACT_LABEL} {id: e.id})
      WITH e, n WHERE NOT e.eventId IN n.eventIds
      ${grow("n")}
      WITH n, e.citation AS c
      ${CITE}
    }
    CALL (e) {
      WITH e WHERE e.relation IS NOT NULL
      ${matchRelation("e")}
      WITH e, r WHERE NOT e.eventId IN r.eventIds
      ${grow("r")}
    }`,
};
