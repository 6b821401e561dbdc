import type { Record as Neo4jRecord } from "neo4j-driver";
import { factIdOf } from "../domain/streams";
import type { Neo4jEventStore } from "../eventstore/Neo4jEventStore";
import { LABEL } from "../graph/graphLabels";

export interface SourceCitation {
  factId: string;
  stream: string;
  eventId: string;
  position: number;
  eventType: string;
  articleId: string;
  articleTitle: string;
  publisher: string;
  publishedOn: string;
  quote: string;
  note: string | null;
}

/**
 * Every source of a fact: the article and sentence of each of its events, oldest first. The
 * events come from the log (their sources are not in the graph), the articles from the graph.
 */
export async function sourceCitations(
  store: Pick<Neo4jEventStore, "sourcedEvents">,
  read: (cypher: string, params: Record<string, unknown>) => Promise<{ records: Neo4jRecord[] }>,
  factId: string,
): Promise<SourceCitation[]> {
  const events = await store.sourcedEvents(factId);
  if (events.length === 0) return [];
  const { records } = await read(
    `MATCH (a:${LABEL.Article}) WHERE a.id IN $ids
       RETURN a.id AS id, a.title AS title, a.publisher AS publisher, toString(a.publishedOn) AS publishedOn`,
    { ids: [...new Set(events.map((e) => e.source!.articleId))] },
  );
  const articles = new Map(records.map((r) => [r.get("id") as string, r]));
  return events.flatMap((e) => {
    const article = articles.get(e.source!.articleId);
    if (!article) return [];
    return [
      {
        factId: factIdOf(e.stream),
        stream: e.stream,
        eventId: e.id,
        position: e.position,
        eventType: e.type,
        articleId: e.source!.articleId,
        articleTitle: article.get("title") as string,
        publisher: article.get("publisher") as string,
        publishedOn: article.get("publishedOn") as string,
        quote: e.source!.quote,
        note: e.source!.note ?? null,
      },
    ];
  });
}
