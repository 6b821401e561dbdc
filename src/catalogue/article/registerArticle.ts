import { createHash } from "node:crypto";
import { z } from "zod";
import { KEEP_PLAN } from "../../eventstore/CypherRunner";
import { DomainError, invalid } from "../../domain/DomainError";
import { streamId } from "../../domain/streams";
import { LABEL } from "../../graph/graphLabels";
import { int } from "../../neo4j/neo4jValues";
import { defineCommand } from "../CommandDefinition";
import type { ArticleData } from "../facts";
import { newId, optionalText, text, worldTime } from "../fields";

export const MAX_ARTICLE_LENGTH = 200_000;

/** An article is registered: the source every fact cites, with its full text. */
export interface ArticleRegistered {
  type: "ArticleRegistered";
  data: ArticleData;
}

/** An article's text: checked, but kept byte for byte, since quotes are matched against it. */
const fullText = z
  .string()
  .check(
    z.refine((value) => value.trim().length > 0, { error: "{field} must not be empty" }),
    z.refine((value) => value.trim().length <= MAX_ARTICLE_LENGTH, {
      error: `{field} is longer than ${MAX_ARTICLE_LENGTH} characters`,
    }),
  )
  .meta({
    graphql: "String",
    description:
      "The full text, kept byte for byte: every quote must occur in it. At most 200,000 characters.",
  });

/** Registers an article, the source facts cite, with its full text (stream article-<id>). */
export const registerArticle = defineCommand({
  type: "RegisterArticle",
  summary: "Registers an article",
  description:
    "Registers an article, the source facts cite, with its full text (stream article-<id>).",
  inputDescription: "The article.",
  input: z.strictObject({
    articleId: newId(
      "A lower-case slug, at most 120 characters: iss-leaks-ap-2024-02-29 (stream article-<id>).",
    ),
    title: text("Its headline: at most 500 characters.", 500),
    publisher: text("Who published it (The Associated Press): at most 200 characters.", 200),
    publishedOn: worldTime("YYYY-MM-DD"),
    url: optionalText("Where it was published: an absolute URL, at most 2000 characters.", 2000),
    dateline: optionalText("The place its dateline names (MOSCOW): at most 200 characters.", 200),
    text: fullText,
  }),
  stream: (command) => streamId("article", command.articleId),
  references: () => [],
  decide(command, state): ArticleRegistered[] {
    if (state.status !== "absent") {
      throw new DomainError(
        "already_exists",
        `article "${command.articleId}" is already registered`,
        "articleId",
      );
    }
    if (command.publishedOn.precision !== "day")
      throw invalid("publishedOn", "publishedOn must be a day (YYYY-MM-DD)");
    if (command.url !== undefined && !URL.canParse(command.url))
      throw invalid("url", `"${command.url}" is not a URL`);
    const articleText = command.text;
    return [
      {
        type: "ArticleRegistered",
        data: {
          articleId: command.articleId,
          title: command.title,
          publisher: command.publisher,
          publishedOn: command.publishedOn.value,
          url: command.url,
          dateline: command.dateline,
          text: articleText,
          textSha256: createHash("sha256").update(articleText).digest("hex"),
        },
      },
    ];
  },
  events: {
    ArticleRegistered: {
      type: "ArticleRegistered",
      description: "An article was registered: the source facts cite.",
      schemaVersion: 1,
      evolve: (_state, event) => ({
        status: "active",
        category: "article",
        data: event.data,
        sources: [],
      }),
      occurredAt: (event) => ({ value: event.data.publishedOn, precision: "day" }),
      projection: {
        kind: "set",
        creates: ["Article"],
        needs: [],
        statements: (events) => [
          {
            text: `${KEEP_PLAN} UNWIND $articles AS row
       MERGE (a:${LABEL.Article} {id: row.id})
       ON CREATE SET a += row.properties, a.publishedOn = date(row.publishedOn)`,
            parameters: {
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
          },
        ],
      },
    },
  },
  payload: {
    type: "RegisterArticlePayload",
    fact: {
      field: "article",
      type: "Article",
      description: "The article as now projected.",
      read: "articles",
    },
  },
});
