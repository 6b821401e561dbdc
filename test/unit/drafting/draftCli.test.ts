import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { projectRoot } from "../../../src/config/projectRoot";

const dir = mkdtempSync(path.join(os.tmpdir(), "draft-cli-"));
const article = path.join(dir, "article.txt");
const TEXT =
  "NASA astronaut Kate Rubins said on Wednesday that the leak in the Zvezda module presents no danger to the crew.\n";
writeFileSync(article, TEXT);

const draft = (...args: string[]) =>
  spawnSync(
    path.join(projectRoot(), "node_modules", ".bin", "tsx"),
    ["src/cli/draft.ts", ...args],
    {
      cwd: projectRoot(),
      encoding: "utf8",
    },
  );

describe("npm run draft", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a seed folder: the text verbatim, each entry after the reason it was proposed", () => {
    const out = path.join(dir, "nasa-2020-10-22");
    const run = draft(article, "--publisher", "NASA", "--published", "2020-10-22", "--out", out);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`wrote ${out}`);
    expect(run.stdout).toMatch(/\d+ proposal\(s\): .*1 RegisterEntity/);
    expect(run.stdout).toContain("checked in memory after the seed articles: 0 problem(s)");
    expect(readFileSync(path.join(out, "article.txt"), "utf8")).toBe(TEXT);
    const meta = parse(readFileSync(path.join(out, "article.yaml"), "utf8"));
    expect(meta).toMatchObject({
      articleId: "nasa-2020-10-22",
      publisher: "NASA",
      publishedOn: "2020-10-22",
    });
    const facts = readFileSync(path.join(out, "facts.yaml"), "utf8");
    const entries = parse(facts) as { do: string; quote: string }[];
    expect(facts.match(/^# proposed: /gm)).toHaveLength(entries.length);
    expect(entries.map((e) => e.do)).toEqual(
      expect.arrayContaining(["RegisterEntity", "LinkEntities", "RecordStatement"]),
    );
    for (const entry of entries) expect(TEXT).toContain(entry.quote);
  }, 60_000);

  it.each([
    [
      ["missing.txt", "--publisher", "NASA", "--published", "2020-10-22"],
      "error validation at article: no file missing.txt",
    ],
    [[article, "--published", "2020-10-22"], "error validation at --publisher"],
    [
      [article, "--publisher", "NASA", "--published", "2020-02-30"],
      'error validation at --published: "2020-02-30" is not a date',
    ],
    [
      [article, "--publisher", "NASA", "--published", "2020-10-22", "--id", "Not A Slug"],
      "error validation at --id",
    ],
  ])(
    "refuses %j with a clear error",
    (args, message) => {
      const run = draft(...args);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(message);
    },
    60_000,
  );
});
