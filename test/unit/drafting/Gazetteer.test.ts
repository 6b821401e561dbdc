import type { Command } from "../../../src/catalogue/commands";
import { Gazetteer } from "../../../src/drafting/Gazetteer";
import { gazetteerOfArticles } from "../../../src/drafting/gazetteerOfArticles";
import type { ArticleBundle } from "../../../src/seed/seedFolderTypes";

const gazetteer = new Gazetteer([
  { entityId: "zvezda", kind: "Module", names: ["Zvezda", "Zvezda module"] },
  { entityId: "loral-ohara", kind: "Person", names: ["Loral OHara", "Loral O'Hara"] },
  { entityId: "soyuz-ms-16", kind: "Vehicle", names: ["Soyuz MS-16"] },
  { entityId: "nauka", kind: "Module", names: ["Nauka", "Science"] },
  { entityId: "iss", kind: "Station", names: ["International Space Station", "space station"] },
]);
const found = (text: string) => gazetteer.find(text).map((m) => [m.text, m.entityId]);

describe("Gazetteer: known names however the text spells them", () => {
  it("matches curly and straight apostrophes", () => {
    expect(found("Astronaut Loral O\u2019Hara spoke.")).toEqual([
      ["Loral O\u2019Hara", "loral-ohara"],
    ]);
  });

  it("matches hyphen and dash variants, with the span as written", () => {
    const text = "Their Soyuz MS\u201316 crew ship and Soyuz MS 16.";
    expect(gazetteer.find(text).map((m) => [m.start, m.end, m.text])).toEqual([
      [6, 17, "Soyuz MS\u201316"],
      [32, 43, "Soyuz MS 16"],
    ]);
  });

  it('matches "the Zvezda Module" as Zvezda (longest name, another case)', () => {
    expect(found("a leak in the Zvezda Module and in Zvezda itself")).toEqual([
      ["Zvezda Module", "zvezda"],
      ["Zvezda", "zvezda"],
    ]);
  });

  it("matches a lower-case name in any case, a capitalised one only capitalised", () => {
    expect(found("The Space Station's science laboratory")).toEqual([["Space Station", "iss"]]);
  });

  it("looks a name up by its variants", () => {
    expect(gazetteer.lookUp("the zvezda module")?.entityId).toBe("zvezda");
    expect(gazetteer.lookUp("Loral O\u2019Hara")?.entityId).toBe("loral-ohara");
  });
});

describe("gazetteerOfArticles", () => {
  const article = (articleId: string, facts: Record<string, unknown>[]): ArticleBundle => ({
    article: { type: "RegisterArticle", articleId } as ArticleBundle["article"],
    facts: facts.map((command, i) => ({ factId: `f${i}`, command: command as unknown as Command })),
  });

  it("keeps an alias given before the entity's registration comes (folders in any order)", () => {
    const later = article("later", [
      { type: "AddAlias", entityId: "zvezda", alias: "Zvezda service module" },
    ]);
    const first = article("first", [
      { type: "RegisterEntity", entityId: "zvezda", kind: "Module", name: "Zvezda" },
      { type: "ReportIncident", incidentId: "leak", kind: "AIR_LEAK", affected: ["zvezda"] },
    ]);
    const gazetteer = gazetteerOfArticles([later, first]);
    expect(gazetteer.lookUp("the Zvezda service module")).toMatchObject({
      entityId: "zvezda",
      articleId: "first",
    });
    expect(gazetteer.incidents).toEqual([
      { incidentId: "leak", kind: "AIR_LEAK", affected: ["zvezda"], articleId: "first" },
    ]);
  });
});
