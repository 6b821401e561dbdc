import { factTarget } from "../factTarget";
import { CITE, citationOf, matchFactNode, matchRelation, relationKey } from "../graphWrites";
import type { ProjectionHandler } from "../ProjectionHandler";

/**
 * Another source for a fact: its sources, quotes and events grow; a node cites the new article
 * too. Each row is applied in its own subquery, so a fact corroborated twice in a batch sees the
 * first before the second.
 */
export const factCorroborated: ProjectionHandler<"FactCorroborated"> = {
  type: "FactCorroborated",
  project: (cypher, events) => {
    const rows = events.map(({ record, event }) => {
      const target = factTarget(event.data.factId, event.data.relation);
      return {
        id: target.id,
        label: target.kind === "node" ? target.label : null,
        relation: target.kind === "relation" ? relationKey(target.relation) : null,
        eventId: record.id,
        articleId: record.source?.articleId ?? null,
        quote: record.source?.quote ?? null,
        citation: citationOf(target.id, record),
      };
    });
    const nodes = rows.filter((row) => row.label !== null);
    const relations = rows.filter((row) => row.relation !== null);
    const grow = (x: string) =>
      `SET ${x}.sources = ${x}.sources + e.articleId, ${x}.quotes = ${x}.quotes + e.quote,
           ${x}.quotesText = ${x}.quotesText + ' | ' + e.quote, ${x}.eventIds = ${x}.eventIds + e.eventId`;
    return [
      ...(nodes.length === 0
        ? []
        : [
            cypher.run(
              `UNWIND $rows AS e
               CALL (e) {
                 ${matchFactNode("n", "e", "e.id", "e.label")}
                 WITH e, n WHERE NOT e.eventId IN n.eventIds
                 ${grow("n")}
                 WITH n, e.citation AS c
                 ${CITE}
               }`,
              { rows: nodes },
            ),
          ]),
      ...(relations.length === 0
        ? []
        : [
            cypher.run(
              `UNWIND $rows AS e
               CALL (e) {
                 ${matchRelation("e")}
                 WITH e, r WHERE NOT e.eventId IN r.eventIds
                 ${grow("r")}
               }`,
              { rows: relations },
            ),
          ]),
    ];
  },
};
