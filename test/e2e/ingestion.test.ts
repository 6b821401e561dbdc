import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CommandHandler } from "../../src/commands/CommandHandler";
import { ingestArticle } from "../../src/commands/ingestArticle";
import { loadArticleFolder, seedArticlesDir } from "../../src/seed/seedFolder";
import type { StartedServer } from "../../src/server/ApiServer";
import { AP_ARTICLE, apSource } from "../support/apArticle";
import { articleInput } from "../support/articleInput";
import { graphqlClient, startTestServer } from "../support/testServer";
import { bearer } from "../../tools/support/testTokens";
import {
  type ArticleFactInput,
  CheckArticleDocument,
  IngestArticleWithReceiptsDocument,
  LogHeadDocument,
} from "../generated/graphql";

const AP_FOLDER = path.join(seedArticlesDir(), AP_ARTICLE);

/** A folder of the seed's format: the AP article again, with these entries (YAML). */
function apFolderWith(facts: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), "seed-folder-"));
  for (const file of ["article.yaml", "article.txt"])
    writeFileSync(path.join(folder, file), readFileSync(path.join(AP_FOLDER, file)));
  writeFileSync(path.join(folder, "facts.yaml"), facts);
  return folder;
}

describe("ingesting an article: one identity per command, receipts naming each entry's fact", () => {
  let server: StartedServer;
  let request: ReturnType<typeof graphqlClient>;
  const folders: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    request = graphqlClient(server.url, await bearer("writer"));
  });

  afterAll(async () => {
    await server?.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  /**
   * A dry run of ingesting the AP article with these facts: the answer, and the log's head before
   * it, which the dry run must leave as it was.
   */
  async function checkApArticle(facts: ArticleFactInput[]) {
    const before = (await request(LogHeadDocument)).data!.logPosition;
    const answer = await request(CheckArticleDocument, {
      input: { article: articleInput(loadArticleFolder(AP_FOLDER)).article, facts },
    });
    expect((await request(LogHeadDocument)).data!.logPosition).toBe(before);
    return { ...answer, before };
  }

  it("replays through the seed what the API ingested (a fact named by its id), and names each entry's own fact", async () => {
    const folder = apFolderWith(`
- id: corroborate-zvezda
  do: CorroborateFact
  factId: zvezda
  quote: "Russian space officials first reported a leak in the Zvezda module in August 2020"
- id: zvezda-leak-small
  do: RecordIncidentUpdate
  incidentId: zvezda-air-leak
  updateId: leak-small-2024-02-28
  kind: STATUS_CONFIRMED
  description: The leak remains small.
  occurredAt: "2024-02-28"
  quote: "it remains small"
`);
    folders.push(folder);
    const bundle = loadArticleFolder(folder);

    const viaApi = await request(IngestArticleWithReceiptsDocument, {
      input: articleInput(bundle),
    });
    expect(viaApi.errors).toBeUndefined();
    const receipts = viaApi.data!.ingestArticle.receipts;
    expect(receipts.map((r) => [r.commandId, r.factId, r.stream, r.replayed])).toEqual([
      [`${AP_ARTICLE}/article`, AP_ARTICLE, `article-${AP_ARTICLE}`, true],
      [`${AP_ARTICLE}/corroborate-zvezda`, "zvezda", "entity-zvezda", false],
      [
        `${AP_ARTICLE}/zvezda-leak-small`,
        "zvezda-air-leak/leak-small-2024-02-28",
        "incident-zvezda-air-leak",
        false,
      ],
    ]);

    // npm run seed's route: the folder loaded, ingested through a command handler of its own.
    const handler = new CommandHandler(server.database.driver, server.database.database);
    const viaSeed = await ingestArticle(handler, bundle.article, bundle.facts, { actor: "seed" });
    expect(viaSeed.appendedEvents).toBe(0);
    expect(viaSeed.replayedCommands).toBe(3);
    expect(viaSeed.results.map((r) => r.factId)).toEqual(receipts.map((r) => r.factId));
  });

  it("answers a dry run with all ten problems of an ingestion, and writes nothing", async () => {
    const { data, errors, before } = await checkApArticle([
      {
        // Three problems in one fact: an id that is no slug, an empty name, a long description.
        factId: "three-problems",
        registerEntity: {
          entityId: "Not A Slug",
          kind: "Module",
          name: " ",
          description: "x".repeat(2001),
          source: apSource("a leak in the Zvezda module"),
        },
      },
      {
        factId: "unknown-end",
        linkEntities: {
          relation: "PART_OF",
          from: "no-such-module",
          to: "russian-segment",
          source: apSource("a leak in the Zvezda module"),
        },
      },
      {
        factId: "misquoted",
        reportIncident: {
          incidentId: "misquoted-leak",
          kind: "AIR_LEAK",
          title: "A leak",
          occurredAt: "2020-08",
          affected: ["zvezda"],
          source: apSource("a sentence the article does not have"),
        },
      },
      {
        factId: "zvezda-again",
        registerEntity: {
          entityId: "zvezda",
          kind: "Module",
          name: "Zvezda",
          source: apSource("a leak in the Zvezda module"),
        },
      },
      {
        factId: "corroborate-nothing",
        corroborateFact: { factId: "no-such-fact", source: apSource("it remains small") },
      },
      {
        factId: "Bad Entry Id",
        registerEntity: {
          entityId: "borisov-again",
          kind: "Person",
          name: "K. Borisov",
          source: apSource("Konstantin Borisov"),
        },
      },
      {
        factId: "other-article",
        registerEntity: {
          entityId: "elsewhere",
          kind: "Place",
          name: "Elsewhere",
          source: { articleId: "another-article", quote: "Elsewhere" },
        },
      },
      {
        factId: "bad-time",
        recordIncidentUpdate: {
          incidentId: "zvezda-air-leak",
          updateId: "bad-time",
          kind: "LEAK_INCREASED",
          description: "It grew.",
          occurredAt: "last year",
          source: apSource("the leak in the Russian segment has increased"),
        },
      },
    ]);
    expect(errors).toBeUndefined();
    const payload = data!.ingestArticle;
    expect(payload).toMatchObject({ dryRun: true, appendedEvents: 0, receipts: [] });
    expect(payload.logPosition).toBe(before);
    expect(payload.problems.map(({ entry, field, code }) => [entry, field, code]).sort()).toEqual(
      [
        ["three-problems", "facts[0].entityId", "BAD_USER_INPUT"],
        ["three-problems", "facts[0].name", "BAD_USER_INPUT"],
        ["three-problems", "facts[0].description", "BAD_USER_INPUT"],
        ["unknown-end", "facts[1].from", "NOT_FOUND"],
        ["misquoted", "facts[2].source.quote", "BAD_USER_INPUT"],
        ["zvezda-again", "facts[3].entityId", "CONFLICT"],
        ["corroborate-nothing", "facts[4].factId", "NOT_FOUND"],
        ["Bad Entry Id", "facts[5].factId", "BAD_USER_INPUT"],
        ["other-article", "facts[6].source.articleId", "BAD_USER_INPUT"],
        ["bad-time", "facts[7].occurredAt", "BAD_USER_INPUT"],
      ].sort(),
    );
    for (const problem of payload.problems) expect(problem.message).toContain("facts[");
    // The article's registration would be a replay; nothing else would be accepted.
    expect(payload.wouldAppend).toEqual([
      expect.objectContaining({ entry: "article", replayed: true, eventTypes: [] }),
    ]);
  });

  it("refuses a duplicate and suggests what an entry may mean: a repeated quote, an entity the text names", async () => {
    const { data, errors } = await checkApArticle([
      {
        factId: "zvezda-module",
        registerEntity: {
          entityId: "the-zvezda-module",
          kind: "Module",
          name: "Zvezda module",
          source: apSource("a leak in the Zvezda module"),
        },
      },
      {
        factId: "flow-point",
        reportIncident: {
          incidentId: "russian-section-flow-point-2021-11",
          kind: "AIR_LEAK",
          title: "Another possible flow point in the Russian section",
          occurredAt: "2021-11",
          affected: ["russian-segment"],
          source: apSource(
            "In November 2021, another possible flow point was found in a different part of the Russian section of the station",
          ),
        },
      },
    ]);
    expect(errors).toBeUndefined();
    const { problems, suggestions, wouldAppend } = data!.ingestArticle;
    // The same name as an entity the graph knows: refused, naming it (distinctFrom lets it in).
    expect(problems).toEqual([
      expect.objectContaining({
        entry: "zvezda-module",
        code: "POSSIBLE_DUPLICATE",
        message: expect.stringContaining("zvezda"),
      }),
    ]);
    expect(wouldAppend.map((p) => [p.entry, p.factId, p.eventTypes])).toEqual([
      ["article", AP_ARTICLE, []],
      ["flow-point", "russian-section-flow-point-2021-11", ["IncidentReported"]],
    ]);
    expect(suggestions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "QUOTE_ALREADY_CITED",
          entry: "flow-point",
          field: "facts[1].source.quote",
          factIds: ["zvezda-air-leak/flow-point-found-2021-11"],
        }),
      ]),
    );
  });
});
