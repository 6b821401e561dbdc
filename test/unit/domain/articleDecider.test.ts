import { InMemoryFacts } from "../../../src/catalogue/InMemoryFacts";
import type { CommandOfType } from "../../../src/catalogue/commands";
type RegisterArticle = CommandOfType<"RegisterArticle">;
import { expectEvents, expectRefused } from "../../support/domainFixture";

const article: RegisterArticle = {
  type: "RegisterArticle",
  articleId: "wire-2024-01-01",
  title: "A title",
  publisher: "Wire",
  publishedOn: "2024-01-01",
  text: "Some text.",
};

describe("RegisterArticle", () => {
  it("registers an article with the hash of its text", () => {
    expectEvents(new InMemoryFacts().execute(article), [
      {
        type: "ArticleRegistered",
        data: expect.objectContaining({
          articleId: "wire-2024-01-01",
          publishedOn: "2024-01-01",
          text: "Some text.",
          textSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        }),
      },
    ]);
  });

  it("refuses an article registered before", () => {
    const facts = new InMemoryFacts();
    facts.execute(article);
    expectRefused(facts, article, "already_exists", "articleId");
  });

  it.each([
    [{ articleId: "Not An Id" }, "articleId"],
    [{ publishedOn: "2024-01" }, "publishedOn"],
    [{ publishedOn: "yesterday" }, "publishedOn"],
    [{ text: "   " }, "text"],
    [{ title: "" }, "title"],
    [{ url: "not a url" }, "url"],
  ])("refuses %j", (change, field) => {
    expectRefused(new InMemoryFacts(), { ...article, ...change }, "validation", field);
  });
});
