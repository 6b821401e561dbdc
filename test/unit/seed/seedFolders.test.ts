import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { articleUnit, dryRunArticles, memoryTarget } from "../../../src/dryrun/dryRunArticles";
import {
  loadSeedArticles,
  readSeedFolders,
  SeedFileError,
  whereIs,
} from "../../../src/seed/seedFolder";
import { seedProblemOf } from "../../../src/seed/seedProblemOf";

const TEXT = "The Unity module leaked. Jane Roe saw it.";

/** Article folders in a fresh directory: name -> article.yaml's fields (text and facts given). */
function folders(
  specs: Record<string, { meta?: Record<string, unknown>; facts?: unknown[]; text?: string }>,
): string {
  const dir = mkdtempSync(path.join(tmpdir(), "seed-folders-"));
  for (const [name, spec] of Object.entries(specs)) {
    const folder = path.join(dir, name);
    mkdirSync(folder);
    const meta = {
      articleId: name,
      title: name,
      publisher: "Test Wire",
      publishedOn: "2024-03-01",
      licence: "Public domain: a work of the test suite.",
      ...spec.meta,
    };
    writeFileSync(path.join(folder, "article.yaml"), stringify(meta));
    writeFileSync(path.join(folder, "article.txt"), spec.text ?? TEXT);
    writeFileSync(path.join(folder, "facts.yaml"), stringify(spec.facts ?? []));
  }
  return dir;
}

const unity = {
  id: "unity",
  do: "RegisterEntity",
  entityId: "unity",
  kind: "Module",
  name: "Unity",
  quote: "The Unity module",
};

describe("seed folders", () => {
  const dirs: string[] = [];
  const made = (dir: string) => (dirs.push(dir), dir);
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("load each after the articles it builds on, in name order otherwise", () => {
    const dir = made(
      folders({
        "a-newer": { meta: { buildsOn: ["m-base"] } },
        "b-other": {},
        "m-base": {},
        "c-newest": { meta: { buildsOn: ["a-newer", "b-other"] } },
      }),
    );
    const { folders: ordered, problems } = readSeedFolders(dir);
    expect(problems).toEqual([]);
    expect(ordered.map((f) => f.name)).toEqual(["b-other", "m-base", "a-newer", "c-newest"]);
  });

  it("refuse a cycle and an unknown article, naming the folders", () => {
    const dir = made(
      folders({
        "x-one": { meta: { buildsOn: ["y-two"] } },
        "y-two": { meta: { buildsOn: ["x-one"] } },
        "z-three": { meta: { buildsOn: ["x-one", "no-such-article"] } },
      }),
    );
    const { problems } = readSeedFolders(dir);
    expect(problems.map((p) => [whereIs(p), p.message])).toEqual([
      [
        "z-three/article.yaml, buildsOn[1]",
        'no folder holds the article "no-such-article" it builds on',
      ],
      [
        "x-one/article.yaml, buildsOn",
        "the folders x-one, y-two build on each other (a cycle): none of them can be loaded first",
      ],
      [
        "y-two/article.yaml, buildsOn",
        "the folders x-one, y-two build on each other (a cycle): none of them can be loaded first",
      ],
      [
        "z-three/article.yaml, buildsOn",
        "it builds on folders of a cycle (x-one, y-two), which cannot be loaded",
      ],
    ]);
    expect(() => loadSeedArticles(dir)).toThrow(SeedFileError);
    expect(() => loadSeedArticles(dir)).toThrow(/x-one, y-two build on each other/);
  });

  it("need a licence, and entries that are commands of the catalogue with an id", () => {
    const dir = made(
      folders({
        "no-licence": {
          meta: { licence: undefined },
          facts: [unity, { ...unity }, { id: "nothing", quote: "x" }, { do: "RegisterEntity" }],
        },
      }),
    );
    const { problems, folders: read } = readSeedFolders(dir);
    expect(problems.map(whereIs)).toEqual([
      "no-licence/article.yaml, licence",
      "no-licence/facts.yaml, entry unity, id",
      "no-licence/facts.yaml, entry nothing, do",
      "no-licence/facts.yaml, entry #4, id",
    ]);
    // The folder is still read, with the entries that are commands, for a check to go on.
    expect(read[0]!.bundle.facts.map((f) => f.factId)).toEqual(["unity"]);
  });

  it("are checked together by the dry run, each problem where its folder has it", async () => {
    const dir = made(
      folders({
        "a-later": {
          meta: { buildsOn: ["b-first"] },
          facts: [
            { id: "unity-again", do: "CorroborateFact", factId: "unity", quote: "Unity module" },
            { ...unity, id: "bad", entityId: "Bad Id", name: " ", quote: "not in it" },
            {
              id: "jane",
              do: "RegisterEntity",
              entityId: "jane",
              kind: "Person",
              name: "Jane",
              quote: "Jane Roe saw",
            },
          ],
        },
        "b-first": { facts: [unity] },
      }),
    );
    const { folders: read, problems } = readSeedFolders(dir);
    expect(problems).toEqual([]);
    const report = await dryRunArticles(
      memoryTarget(),
      read.map((f) => articleUnit(f.bundle.article, f.bundle.facts, f.buildsOn)),
    );
    const byArticle = new Map(read.map((f) => [f.bundle.article.articleId, f]));
    expect(
      report.problems.map((p) => whereIs(seedProblemOf(p, byArticle.get(p.articleId)!))),
    ).toEqual(["a-later/facts.yaml, entry bad, entityId", "a-later/facts.yaml, entry bad, name"]);
    const quoteProblem = seedProblemOf(
      { entry: "jane", field: "facts[2].source.quote", message: "facts[2] (jane): no such quote" },
      byArticle.get("a-later")!,
    );
    expect(quoteProblem).toMatchObject({ entry: "jane", field: "quote", message: "no such quote" });
    expect(report.planned.map((p) => `${p.articleId}/${p.entry}`)).toEqual([
      "b-first/article",
      "b-first/unity",
      "a-later/article",
      "a-later/unity-again",
      "a-later/jane",
    ]);
  });
});
