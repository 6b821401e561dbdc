import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../../src/config/projectRoot";
import { brokenLinks } from "../support/brokenLinks";

const README = path.join(projectRoot(), "README.md");
const DOCS = path.join(projectRoot(), "docs");
const guides = readdirSync(DOCS)
  .filter((name) => name.endsWith(".md"))
  .map((name) => path.join(DOCS, name));

describe("the README and the guides in docs/", () => {
  it.each([README, ...guides].map((file) => [path.relative(projectRoot(), file), file]))(
    "%s: every relative link and anchor leads somewhere",
    (_name, file) => {
      expect(brokenLinks(file)).toEqual([]);
    },
  );

  it("the README is a front door: under 200 lines", () => {
    const lines = readFileSync(README, "utf8").split("\n").length;
    expect(lines).toBeLessThan(200);
  });

  it("the README links every guide of docs/", () => {
    const readme = readFileSync(README, "utf8");
    for (const guide of guides) expect(readme).toContain(`](docs/${path.basename(guide)})`);
  });
});

describe("the link checker", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "doc-links-"));
  writeFileSync(
    path.join(dir, "other.md"),
    "# Other\n\n## Time: as true in the world, and as known\n\n### `MEMBER_OF`, `CREW_OF`\n",
  );
  const check = (text: string) =>
    brokenLinks(path.join(dir, "doc.md"), text).map(({ line, href, why }) => ({ line, href, why }));

  it("accepts files, folders, GitHub's anchors of headings, and addresses with a scheme", () => {
    expect(
      check(
        [
          "# A doc",
          "",
          "[other](other.md), [the folder](.), [time](other.md#time-as-true-in-the-world-and-as-known),",
          "[relations](other.md#member_of-crew_of), [here](#a-doc), <http://127.0.0.1:4000/graphql>,",
          "[web](https://example.org/missing.md#nothing)",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("reports a missing file, a missing anchor, and an anchor of this file, with their lines", () => {
    expect(
      check(
        [
          "# A doc",
          "",
          "[gone](gone.md) and ![gone too](shots/none.png)",
          "",
          "| a | b |",
          "| --- | --- |",
          "| [bad anchor](other.md#nothing) | [self](#no-such-part) |",
        ].join("\n"),
      ),
    ).toEqual([
      { line: 3, href: "gone.md", why: "no such file: gone.md" },
      { line: 3, href: "shots/none.png", why: "no such file: shots/none.png" },
      { line: 7, href: "other.md#nothing", why: "no heading with the anchor #nothing" },
      { line: 7, href: "#no-such-part", why: "no heading with the anchor #no-such-part" },
    ]);
  });
});
