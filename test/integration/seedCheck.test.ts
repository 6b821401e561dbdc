import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { stringify } from "yaml";
import { ingestArticle } from "../../src/commands/ingestArticle";
import { loadSeedArticles, seedArticlesDir } from "../../src/seed/seedFolder";
import { runNpmScript } from "../support/runCli";
import { freshServices, logCounts } from "../support/testServices";

const AP = "iss-leaks-ap-2024-02-29";

/** npm run seed:check against the test Neo4j (as the service's), with its output. */
async function seedCheck(args: string[]) {
  const { code, output } = await runNpmScript("seed:check", args);
  return { code, lines: output.trim().split("\n") };
}

describe("npm run seed:check", () => {
  let driver: Driver;
  let dir: string;

  beforeAll(async () => {
    let handler;
    ({ driver, handler } = await freshServices());
    for (const bundle of loadSeedArticles())
      await ingestArticle(handler, bundle.article, bundle.facts, { actor: "seed" });
    // The seed's article, and a newer folder that builds on it, with problems.
    dir = mkdtempSync(path.join(os.tmpdir(), "seed-check-"));
    cpSync(path.join(seedArticlesDir(), AP), path.join(dir, AP), { recursive: true });
    const later = path.join(dir, "a-later-report");
    mkdirSync(later);
    writeFileSync(
      path.join(later, "article.yaml"),
      stringify({
        articleId: "a-later-report",
        title: "A later report",
        publisher: "Test Wire",
        publishedOn: "2024-09-30",
        licence: "Public domain: a work of the test suite.",
        buildsOn: [AP],
      }),
    );
    writeFileSync(
      path.join(later, "article.txt"),
      "The leak in the Zvezda module was first detected in 2019. Zvezda's hatch stays closed.",
    );
    writeFileSync(
      path.join(later, "facts.yaml"),
      stringify([
        {
          id: "zvezda-leak-2019",
          do: "CorrectFact",
          factId: "zvezda-air-leak",
          changes: { occurredAt: "2019" },
          reason: "the report dates the first detection to 2019",
          quote: "The leak in the Zvezda module was first detected in 2019",
        },
        {
          id: "zvezda-hatch",
          do: "RegisterEntity",
          entityId: "zvezda-hatch",
          kind: "Component",
          name: "Zvezda",
          quote: "Zvezda's hatch",
        },
        {
          id: "misquoted",
          do: "CorroborateFact",
          factId: "zvezda",
          quote: "a sentence the report does not have",
        },
      ]),
    );
  });

  afterAll(async () => {
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("checks the seed against the running graph, where every entry is a replay", async () => {
    const before = await logCounts(driver);
    const { code, lines } = await seedCheck([]);
    expect(lines[0]).toMatch(/^checking against the graph at bolt:/);
    expect(lines).toContain(
      `4 folder(s), in load order: ${AP}, iss-leak-nasa-blog-2020-08-20, iss-leak-nasa-blog-2020-08-25, iss-leak-nasa-blog-2020-09-29`,
    );
    expect(lines.at(-1)).toMatch(
      /^0 problem\(s\), 0 suggestion\(s\); 134 command\(s\) would be accepted, appending 0 event\(s\)/,
    );
    expect(code).toBe(0);
    expect(await logCounts(driver)).toEqual(before);
  });

  it("checks folders together in load order, printing each problem with its folder, entry and field", async () => {
    const before = await logCounts(driver);
    const { code, lines } = await seedCheck(["--dir", dir]);
    expect(lines).toContain(`2 folder(s), in load order: ${AP}, a-later-report`);
    expect(lines.filter((line) => line.startsWith("problem:")).sort()).toEqual([
      expect.stringMatching(
        /^problem: a-later-report\/facts\.yaml, entry misquoted, quote: .*quote/,
      ),
      expect.stringMatching(
        /^problem: a-later-report\/facts\.yaml, entry zvezda-hatch, name: .*may be zvezda/,
      ),
    ]);
    expect(lines.at(-1)).toMatch(
      /^2 problem\(s\), 0 suggestion\(s\); 98 command\(s\) would be accepted, appending 2 event\(s\)/,
    );
    expect(code).toBe(1);
    expect(await logCounts(driver)).toEqual(before);
  });

  it("checks in memory when asked to, as on an empty log", async () => {
    const { code, lines } = await seedCheck(["--memory", "--dir", dir]);
    expect(lines[0]).toBe("checking in memory, as on an empty log (--memory)");
    expect(lines.at(-1)).toMatch(
      /^2 problem\(s\), 0 suggestion\(s\); 98 command\(s\) would be accepted, appending 98 event\(s\) after log position 0/,
    );
    expect(code).toBe(1);
  });
});
