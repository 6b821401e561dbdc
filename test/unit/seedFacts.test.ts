import { DomainError } from "../../src/domain/DomainError";
import { InMemoryFacts } from "../../src/catalogue/InMemoryFacts";
import { loadSeedArticles } from "../../src/seed/seedFolder";

describe("the seed articles", () => {
  const bundles = loadSeedArticles();

  it("include the AP article of 2024-02-29, its text byte for byte", () => {
    const ap = bundles.find((b) => b.article.articleId === "iss-leaks-ap-2024-02-29");
    expect(ap?.article.text).toContain("MOSCOW (AP)");
    expect(ap?.article.text).toContain("Japanese astronaut Satoshi Furukawa.");
  });

  it("in load order, every fact of every article is accepted by the domain", () => {
    // Later articles build on earlier ones (buildsOn): one state for all, as the seed loads them.
    const facts = new InMemoryFacts();
    for (const bundle of bundles) {
      facts.execute(bundle.article);
      for (const { factId, command } of bundle.facts) {
        try {
          facts.execute(command);
        } catch (error) {
          throw error instanceof DomainError
            ? error.within(`${bundle.article.articleId}/${factId}`)
            : error;
        }
      }
    }
    expect(bundles.map((b) => b.article.articleId)).toEqual([
      "iss-leaks-ap-2024-02-29",
      "iss-leak-nasa-blog-2020-08-20",
      "iss-leak-nasa-blog-2020-08-25",
      "iss-leak-nasa-blog-2020-09-29",
    ]);
  });

  it("mark what the article only implies as inferred, with a note saying why", () => {
    const ap = bundles.find((b) => b.article.articleId === "iss-leaks-ap-2024-02-29")!;
    const jaxa = ap.facts.find((f) => f.factId === "jaxa")!.command;
    expect(jaxa).toMatchObject({
      certainty: "inferred",
      source: { note: expect.stringContaining("Japan") },
    });
    for (const { command } of ap.facts) {
      if ("certainty" in command && command.certainty === "inferred")
        expect(command.source.note).toBeTruthy();
    }
  });
});
