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

  it.each(bundles.map((b) => [b.article.articleId, b] as const))(
    "%s: every fact is accepted by the domain",
    (_id, bundle) => {
      const facts = new InMemoryFacts();
      facts.execute(bundle.article);
      for (const { factId, command } of bundle.facts) {
        try {
          facts.execute(command);
        } catch (error) {
          throw error instanceof DomainError ? error.within(factId) : error;
        }
      }
    },
  );

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
