import { KEEP_PLAN } from "../../eventstore/CypherRunner";
import { int } from "../../neo4j/neo4jValues";
import type { SetHandler } from "../ProjectionHandler";

/** An article: the source that facts cite, with its text. */
export const articleRegistered: SetHandler<"ArticleRegistered"> = {
  type: "ArticleRegistered",
  kind: "set",
  project: (cypher, events) => [
    cypher.run(
      `${KEEP_PLAN} UNWIND $articles AS row
       MERGE (a:Article {id: row.id})
       ON CREATE SET a += row.properties, a.publishedOn = date(row.publishedOn)`,
      {
        articles: events.map(({ record, event }) => {
          const d = event.data;
          return {
            id: d.articleId,
            publishedOn: d.publishedOn,
            properties: {
              title: d.title,
              publisher: d.publisher,
              url: d.url ?? null,
              dateline: d.dateline ?? null,
              text: d.text,
              textSha256: d.textSha256,
              stream: record.stream,
              knownSince: int(record.position),
              eventIds: [record.id],
            },
          };
        }),
      },
    ),
  ],
};
