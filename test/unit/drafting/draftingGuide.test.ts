import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../../src/config/projectRoot";
import { draftArticle } from "../../../src/drafting/draftArticle";
import { draftFolderFiles } from "../../../src/drafting/draftFolderFiles";
import { draftSummary } from "../../../src/drafting/draftSummary";
import { gazetteerOfArticles } from "../../../src/drafting/gazetteerOfArticles";
import { loadSeedArticles } from "../../../src/seed/seedFolder";

const guide = readFileSync(path.join(projectRoot(), "docs", "drafting.md"), "utf8");
/** The fenced blocks of the guide's first section, in order: language and content. */
const blocks = [...guide.split("## What is proposed")[0]!.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map(
  (match) => ({ language: match[1], content: match[2]! }),
);

describe("docs/drafting.md: the example is what npm run draft does with it", () => {
  const text = blocks.find((b) => b.language === "text")!.content;
  const draft = draftArticle(text, {
    publisher: "NASA",
    publishedOn: "2020-10-22",
    articleId: "nasa-2020-10-22",
    gazetteer: gazetteerOfArticles(loadSeedArticles()),
  });

  it("writes the entry the guide shows, with its reason", () => {
    const entry = blocks.find((b) => b.language === "yaml")!.content;
    expect(draftFolderFiles(draft)["facts.yaml"]).toContain(entry);
  });

  it("prints the summary the guide shows", () => {
    const printed = blocks.find((b) => b.language === "" && /proposal\(s\)/.test(b.content))!;
    expect(printed.content.split("\n")[0]).toBe(draftSummary(draft));
  });
});
