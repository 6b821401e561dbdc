import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config/projectRoot";
import { serverForTests, textQueryClient } from "../support/testServer";

/** The fenced blocks of docs/drafting.md: its example article, query and entry. */
const GUIDE = [
  ...readFileSync(path.join(projectRoot(), "docs", "drafting.md"), "utf8").matchAll(
    /```(\w*)\n([\s\S]*?)```/g,
  ),
].map((match) => ({ language: match[1], content: match[2]! }));
const guideBlock = (language: string) => GUIDE.find((b) => b.language === language)!.content;

const DRAFT = `query Draft($text: String!, $publisher: String!, $publishedOn: String!, $articleId: ID) {
  draftArticle(text: $text, publisher: $publisher, publishedOn: $publishedOn, articleId: $articleId) {
    articleId
    sentences { start end text }
    known { entityId kind matched text start end }
    candidates { entityId kind name possibleDuplicates { entityId name matched } }
    dates { value precision certainty text }
    proposals { factId command quote start end certainty reason entry }
  }
}`;

interface DraftAnswer {
  draftArticle: {
    articleId: string;
    sentences: { start: number; end: number; text: string }[];
    known: { entityId: string; matched: string; text: string; start: number; end: number }[];
    candidates: {
      entityId: string;
      name: string;
      possibleDuplicates: { entityId: string; name: string }[];
    }[];
    dates: { value: string; precision: string; certainty: string }[];
    proposals: {
      factId: string;
      command: string;
      quote: string;
      start: number;
      end: number;
      entry: string;
    }[];
  };
}

// Kate Rubins is registered by the test (no seed article names her); the "U.S. segment" nearly
// repeats the "US segment" it registers too.
const TEXT =
  "NASA astronaut Kate Rubins said on Wednesday that the leak in the Zvezda service module is small. " +
  "Previous leak checks were conducted in the U.S. segment of the station.";

describe("Query.draftArticle: a pasted text drafted against the graph's entities", () => {
  const api = serverForTests();

  /** ingestArticle's dry run of the drafted article with these entries (JSON, as proposed). */
  const checkIngestion = (entries: string[]) =>
    api.ask<{ ingestArticle: { problems: { entry: string; code: string; message: string }[] } }>(
      `mutation ($input: IngestArticleInput!) {
        ingestArticle(input: $input, dryRun: true) { problems { entry code message } }
      }`,
      {
        input: {
          article: {
            articleId: "draft-query-test",
            title: "A drafted article",
            publisher: "NASA",
            publishedOn: "2020-10-22",
            text: TEXT,
          },
          facts: entries.map((entry) => JSON.parse(entry) as unknown),
        },
      },
    );

  beforeAll(async () => {
    for (const [entityId, kind, name] of [
      ["kate-rubins", "Person", "Kate Rubins"],
      ["us-segment", "Segment", "US segment"],
    ]) {
      const registered = await api.ask(
        `mutation ($input: RegisterEntityInput!) { registerEntity(input: $input) { receipt { factId } } }`,
        {
          input: {
            entityId,
            kind,
            name,
            source: { articleId: "iss-leak-nasa-blog-2020-08-25", quote: "U.S. segment" },
          },
        },
      );
      expect(registered.errors).toBeUndefined();
    }
  });

  it("finds the entities the graph knows now, and flags a candidate that nearly repeats one", async () => {
    const { data, errors } = await api.ask<DraftAnswer>(DRAFT, {
      text: TEXT,
      publisher: "NASA",
      publishedOn: "2020-10-22",
      articleId: "draft-query-test",
    });
    expect(errors).toBeUndefined();
    const draft = data!.draftArticle;
    expect(draft.sentences.map((s) => TEXT.slice(s.start, s.end))).toEqual(
      draft.sentences.map((s) => s.text),
    );
    // Registered after the server started: the gazetteer is the graph's, read at the request.
    expect(draft.known.map((k) => k.entityId)).toEqual(
      expect.arrayContaining(["nasa", "kate-rubins", "zvezda"]),
    );
    for (const mention of draft.known)
      expect(TEXT.slice(mention.start, mention.end)).toBe(mention.text);
    expect(draft.candidates).toContainEqual({
      entityId: "u-s-segment",
      kind: "Segment",
      name: "U.S. segment",
      possibleDuplicates: [{ entityId: "us-segment", name: "US segment", matched: "US segment" }],
    });
    expect(draft.dates).toContainEqual(
      expect.objectContaining({ value: "2020-10-21", precision: "day", certainty: "inferred" }),
    );
    for (const proposal of draft.proposals)
      expect(TEXT.slice(proposal.start, proposal.end)).toBe(proposal.quote);
  });

  it("proposes entries ingestArticle takes as they are: its dry run finds no problem in them", async () => {
    const { data } = await api.ask<DraftAnswer>(DRAFT, {
      text: TEXT,
      publisher: "NASA",
      publishedOn: "2020-10-22",
      articleId: "draft-query-test",
    });
    const proposals = data!.draftArticle.proposals;
    const membership = proposals.find((p) => p.command === "LinkEntities")!;
    expect(JSON.parse(membership.entry)).toEqual({
      factId: membership.factId,
      linkEntities: expect.objectContaining({
        from: "kate-rubins",
        to: "nasa",
        relation: "MEMBER_OF",
        source: { articleId: "draft-query-test", quote: membership.quote },
      }),
    });
    // The near duplicate aside: a reviewer resolves it (the review page).
    const dryRun = await checkIngestion(
      proposals.filter((p) => p.command !== "RegisterEntity").map((p) => p.entry),
    );
    expect(proposals.length).toBeGreaterThan(3);
    expect(dryRun.errors).toBeUndefined();
    expect(dryRun.data!.ingestArticle.problems).toEqual([]);

    // Ingested unresolved, the near duplicate is refused by ingestion's own check too: the
    // initialism spelt with stops is looked for as one word.
    const registration = proposals.find(
      (p) => p.command === "RegisterEntity" && p.factId === "u-s-segment",
    )!;
    const unresolved = await checkIngestion([registration.entry]);
    expect(unresolved.data!.ingestArticle.problems).toEqual([
      expect.objectContaining({
        entry: "u-s-segment",
        code: "POSSIBLE_DUPLICATE",
        message: expect.stringContaining("us-segment"),
      }),
    ]);
  });

  it("answers the guide's query for its example article with the entry the guide shows", async () => {
    const { data, errors } = await api.ask<DraftAnswer>(guideBlock("graphql"), {
      text: guideBlock("text"),
    });
    expect(errors).toBeUndefined();
    const entries = data!.draftArticle.proposals.map((p) => JSON.parse(p.entry) as unknown);
    expect(entries).toContainEqual(JSON.parse(guideBlock("json")));
  });

  it("drafts one text per operation: aliases asking for two are refused before either runs", async () => {
    const { data, errors } = await api.ask(
      `query ($text: String!) {
        a: draftArticle(text: $text, publisher: "NASA", publishedOn: "2020-10-22") { articleId }
        b: draftArticle(text: $text, publisher: "NASA", publishedOn: "2020-10-23") { articleId }
      }`,
      { text: TEXT },
    );
    expect(data).toBeUndefined();
    expect(errors![0]!.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX" });
  });

  it("is an editor's: without a writer's key it is refused before any work", async () => {
    const anonymous = textQueryClient(api.server.url);
    const { data, errors } = await anonymous(DRAFT, {
      text: TEXT,
      publisher: "NASA",
      publishedOn: "2020-10-22",
    });
    expect(data ?? null).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it.each([
    ["a text of 20,001 characters", { text: "x".repeat(20_001) }, "text", /at most 20000/],
    ["an empty text", { text: "  " }, "text", /empty/],
    ["no such day", { publishedOn: "2020-02-30" }, "publishedOn", /YYYY-MM-DD/],
    ["a month", { publishedOn: "2020-02" }, "publishedOn", /YYYY-MM-DD/],
    ["no publisher", { publisher: "" }, "publisher", /1 to 200/],
    ["an id that is no slug", { articleId: "Not A Slug" }, "articleId", /not an id/],
  ])("refuses %s as BAD_USER_INPUT naming its argument", async (_case, change, field, message) => {
    const { data, errors } = await api.ask(DRAFT, {
      text: TEXT,
      publisher: "NASA",
      publishedOn: "2020-10-22",
      ...change,
    });
    expect(data).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(errors![0]!.message).toMatch(message);
  });
});
