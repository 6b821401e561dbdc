import {
  graphql,
  headerValue,
  INVALID_DATES,
  NUMBERS,
  json,
  type RequestMakers,
} from "./requestMaking";

/** Commands that must all be refused (each breaks a domain rule or lacks a writer), and hostile credentials. */
export const writeRequestMakers: RequestMakers = ({ pick, int, random, nasty, id, targets }) => {
  const writer = () =>
    random() < 0.5
      ? { authorization: targets.writerAuthorization }
      : ({} as Record<string, string>);
  return [
    // Commands: each invalid (a quote not in the article, an unknown article, a broken rule).
    () =>
      graphql(
        "command",
        `
          mutation ($input: RegisterEntityInput!, $c: ID) {
            registerEntity(input: $input, commandId: $c) {
              receipt {
                stream
              }
            }
          }
        `,
        {
          input: {
            entityId: random() < 0.5 ? nasty() : `fuzz-${int(1e9)}`,
            kind: pick(["Person", "Module", "Nope", 1]),
            name: random() < 0.2 ? "x".repeat(int(200_000)) : nasty(),
            aliases: random() < 0.3 ? Array.from({ length: int(20_000) }, (_, i) => `a${i}`) : [],
            source: {
              articleId: random() < 0.5 ? targets.articleId : nasty(),
              quote: `not in the article ${nasty()} ${int(1e9)}`,
            },
          },
          c: random() < 0.3 ? "c".repeat(int(300_000)) : random() < 0.5 ? nasty() : null,
        },
        writer(),
      ),
    () =>
      graphql(
        "command",
        `mutation($f: String!, $r: String!) { retractFact(input: { factId: $f, reason: $r, source: { articleId: ${json(targets.articleId)}, quote: "no such sentence here" } }, expectedRevision: ${pick(NUMBERS)}) { factId } }`,
        { f: id(), r: nasty() },
        writer(),
      ),
    () =>
      graphql(
        "command",
        `mutation($at: String!) { reportIncident(input: { incidentId: ${json(`fuzz-${int(1e9)}`)}, kind: AIR_LEAK, title: "t", occurredAt: $at, affected: [${json(`no-such-entity-${int(1e9)}`)}, ${json(id())}], source: { articleId: ${json(targets.articleId)}, quote: ${json(nasty())} } }) { receipt { stream } } }`,
        { at: pick(INVALID_DATES) },
        writer(),
      ),
    () =>
      graphql(
        "ingest",
        `
          mutation ($input: IngestArticleInput!) {
            ingestArticle(input: $input) {
              appendedEvents
            }
          }
        `,
        {
          input: {
            article: {
              articleId: nasty(),
              title: nasty(),
              publisher: "x",
              publishedOn: pick(INVALID_DATES),
              text: nasty(),
            },
            facts: Array.from({ length: 1 + int(3000) }, (_, i) => ({
              factId: `f${i}`,
              registerEntity: null,
            })),
          },
        },
        writer(),
      ),
    // Credentials.
    () =>
      graphql("credential", "{ logPosition }", undefined, {
        authorization: pick([
          "Bearer",
          "Bearer ",
          `Bearer ${"A".repeat(int(50_000))}`,
          "Bearer isskg_0000000000000000_" + "a".repeat(43),
          "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiYWRtaW4iXX0.",
          "Basic YWRtaW46YWRtaW4=",
          headerValue(nasty()),
        ]),
      }),
  ];
};
