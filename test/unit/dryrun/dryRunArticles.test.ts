import type { Command, CommandOfType } from "../../../src/catalogue/commands";
import type { ArticleFact } from "../../../src/commands/ingestArticle";
import { articleUnit, dryRunArticles, memoryTarget } from "../../../src/dryrun/dryRunArticles";
import { ARTICLE_ID, ARTICLE_TEXT, givenFixture, source } from "../../support/domainFixture";

const SECOND = "second-article";
const SECOND_TEXT =
  "Jane Roe said the Unity module leaked again in 2022. Ground teams saw the leak in the Unity module.";

function article(articleId: string, text: string): CommandOfType<"RegisterArticle"> {
  return {
    type: "RegisterArticle",
    articleId,
    title: articleId,
    publisher: "Test Wire",
    publishedOn: "2022-07-01",
    text,
  };
}

const fact = (factId: string, command: Command): ArticleFact => ({ factId, command });
const second = (quote: string) => ({ articleId: SECOND, quote });

describe("a dry run of articles (in memory)", () => {
  it("decides against the facts given, lists every problem at once, and changes nothing", async () => {
    const facts = givenFixture();
    const before = [...facts.streamsHeld().keys()].map((s) => [s, facts.events(s).length]);
    const report = await dryRunArticles(memoryTarget(facts), [
      articleUnit(article(SECOND, SECOND_TEXT), [
        fact(
          "two-problems",
          // An input with two problems: neither is decided.
          {
            type: "RegisterEntity",
            entityId: "Ground Teams",
            kind: "Organization",
            name: "",
            source: second("Ground teams"),
          },
        ),
        fact("unity-again", {
          type: "CorroborateFact",
          factId: "unity",
          source: second("the Unity module"),
        }),
        fact("misquoted", {
          type: "CorroborateFact",
          factId: "unity-leak",
          source: second("a sentence it does not have"),
        }),
      ]),
    ]);
    expect(report.problems.map((p) => [p.entry, p.field, p.kind])).toEqual([
      ["two-problems", "facts[0].entityId", "validation"],
      ["two-problems", "facts[0].name", "validation"],
      ["misquoted", "facts[2].source.quote", "validation"],
    ]);
    // A fact named by its id is found in its stream, as the command handler finds it.
    expect(report.planned.map((p) => [p.entry, p.stream, p.eventTypes])).toEqual([
      ["article", `article-${SECOND}`, ["ArticleRegistered"]],
      ["unity-again", "entity-unity", ["FactCorroborated"]],
    ]);
    expect(report.head).toBe(7);
    expect([...facts.streamsHeld().keys()].map((s) => [s, facts.events(s).length])).toEqual(before);
  });

  it("lets a refused fact leave nothing for the facts after it", async () => {
    const report = await dryRunArticles(memoryTarget(givenFixture()), [
      articleUnit(article(SECOND, SECOND_TEXT), [
        fact("teams", {
          type: "RegisterEntity",
          entityId: "ground-teams",
          kind: "Organization",
          name: "Ground teams",
          source: second("not in the text"),
        }),
        fact("teams-saw", {
          type: "RecordIncidentUpdate",
          incidentId: "unity-leak",
          updateId: "seen",
          kind: "STATUS_CONFIRMED",
          description: "Seen from the ground.",
          reportedBy: ["ground-teams"],
          source: second("Ground teams saw the leak"),
        }),
      ]),
    ]);
    expect(report.problems.map((p) => [p.entry, p.field, p.kind])).toEqual([
      ["teams", "facts[0].source.quote", "validation"],
      ["teams-saw", "facts[1].reportedBy[0]", "not_found"],
    ]);
  });

  it("checks articles one after the other: a later one sees what an earlier one would state", async () => {
    const first = articleUnit(article(ARTICLE_ID, ARTICLE_TEXT), [
      fact("unity", {
        type: "RegisterEntity",
        entityId: "unity",
        kind: "Module",
        name: "Unity",
        source: source("the Unity module"),
      }),
    ]);
    const later = articleUnit(
      article(SECOND, SECOND_TEXT),
      [fact("unity", { type: "CorroborateFact", factId: "unity", source: second("Unity module") })],
      [ARTICLE_ID],
    );
    const ok = await dryRunArticles(memoryTarget(), [first, later]);
    expect(ok.problems).toEqual([]);
    expect(ok.planned.map((p) => p.factId)).toEqual([ARTICLE_ID, "unity", SECOND, "unity"]);

    // Without buildsOn, it found the fact only because of the order of the run.
    const undeclared = await dryRunArticles(memoryTarget(), [first, { ...later, buildsOn: [] }]);
    expect(undeclared.problems).toEqual([
      expect.objectContaining({
        articleId: SECOND,
        entry: "unity",
        field: "facts[0]",
        message: expect.stringContaining(`add "${ARTICLE_ID}" to buildsOn`),
      }),
    ]);
  });

  it("refuses a duplicate, and suggests an entity the text names and a fact stated again", async () => {
    const facts = givenFixture();
    const report = await dryRunArticles(memoryTarget(facts), [
      articleUnit(article(SECOND, SECOND_TEXT), [
        fact("unity-module", {
          type: "RegisterEntity",
          entityId: "unity-module",
          kind: "Module",
          name: "UNITY",
          source: second("the Unity module"),
        }),
        fact("leak-again", {
          type: "ReportIncident",
          incidentId: "unity-leak-again",
          kind: "COOLANT_LEAK",
          title: "Coolant leak in Unity",
          occurredAt: "2021-06",
          affected: ["unity"],
          source: second("the Unity module leaked again"),
        }),
      ]),
    ]);
    expect(report.problems).toEqual([
      expect.objectContaining({
        entry: "unity-module",
        field: "facts[0].name",
        kind: "possible_duplicate",
        details: {
          candidates: [
            { id: "unity", kind: "Module", name: "Unity", matched: "Unity", match: "same" },
          ],
        },
      }),
    ]);
    expect(report.suggestions.map((s) => [s.kind, s.entry ?? null, s.factIds])).toEqual([
      ["MENTIONED_ENTITY", null, ["jane-roe"]],
      ["REPEATED_FACT", "leak-again", ["unity-leak"]],
    ]);
    expect(report.suggestions[0]!.message).toContain('"Jane Roe"');
  });
});
