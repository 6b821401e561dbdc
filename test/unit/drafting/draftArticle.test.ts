import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { articleUnit, dryRunArticles, memoryTarget } from "../../../src/dryrun/dryRunArticles";
import { draftArticle } from "../../../src/drafting/draftArticle";
import { draftFolderFiles } from "../../../src/drafting/draftFolderFiles";
import { Gazetteer } from "../../../src/drafting/Gazetteer";
import { gazetteerOfArticles } from "../../../src/drafting/gazetteerOfArticles";
import { readSeedFolders } from "../../../src/seed/seedFolder";

const seed = readSeedFolders().folders;
const gazetteer = new Gazetteer([
  { entityId: "nasa", kind: "Agency", names: ["NASA"] },
  { entityId: "roscosmos", kind: "Agency", names: ["Roscosmos"] },
  { entityId: "russia", kind: "Country", names: ["Russia"] },
  { entityId: "iss", kind: "Station", names: ["International Space Station", "space station"] },
]);
const draft = (text: string, publishedOn = "2024-02-29") =>
  draftArticle(text, { publisher: "NASA", publishedOn, articleId: "a-draft", gazetteer });
const proposed = (text: string, type: string) =>
  draft(text)
    .facts.filter((f) => f.do === type)
    .map((f) => f.fields);

describe("draftArticle", () => {
  it.each(seed.map((f) => [f.name, f] as const))(
    "quotes %s exactly, the same way twice",
    (_name, folder) => {
      const { text, publisher, publishedOn } = folder.bundle.article;
      const options = {
        publisher,
        publishedOn,
        gazetteer: gazetteerOfArticles(seed.map((f) => f.bundle)),
      };
      const first = draftArticle(text, options);
      expect(first.facts.length).toBeGreaterThan(0);
      for (const fact of first.facts) expect(text).toContain(fact.quote);
      for (const sentence of first.sentences)
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(draftArticle(text, options)).toEqual(first);
    },
  );

  it('proposes "NASA astronaut X" as a membership and a crew, not NASA again', () => {
    const text =
      "NASA astronaut Kate Rubins and Roscosmos cosmonaut Sergey Ryzhikov are aboard the space station.";
    const result = draft(text);
    expect(result.candidates.map((c) => [c.name, c.kind])).toEqual([
      ["Kate Rubins", "Person"],
      ["Sergey Ryzhikov", "Person"],
    ]);
    expect(proposed(text, "LinkEntities")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          relation: "MEMBER_OF",
          from: "kate-rubins",
          to: "nasa",
          role: "astronaut",
        }),
        expect.objectContaining({
          relation: "MEMBER_OF",
          from: "sergey-ryzhikov",
          to: "roscosmos",
          role: "cosmonaut",
        }),
        expect.objectContaining({
          relation: "CREW_OF",
          from: "kate-rubins",
          to: "iss",
          validFrom: "2024-02-29",
        }),
      ]),
    );
  });

  it("proposes a nationality, and the agency it implies as inferred", () => {
    const facts = draft(
      "The crew includes Russian cosmonauts Oleg Kononenko and Nikolai Chub.",
    ).facts;
    const chub = facts.filter((f) => f.do === "LinkEntities" && f.fields.from === "nikolai-chub");
    expect(chub.map((f) => [f.fields.relation, f.fields.to, f.certainty])).toEqual(
      expect.arrayContaining([
        ["CITIZEN_OF", "russia", "asserted"],
        ["MEMBER_OF", "roscosmos", "inferred"],
      ]),
    );
  });

  it("reports a dated leak of named hardware, with its world time and what it affected", () => {
    const text =
      "In December 2022, coolant leaked from a Soyuz crew capsule docked at the station.";
    expect(proposed(text, "ReportIncident")).toEqual([
      expect.objectContaining({
        kind: "COOLANT_LEAK",
        occurredAt: "2022-12",
        affected: ["soyuz-crew-capsule"],
      }),
    ]);
  });

  it("records a statement with its speaker and a statement with the words before its verb", () => {
    const text =
      "Joel Montalbano, NASA's station project manager, noted on Wednesday that the leak increased. Russian space officials said there is no danger.";
    expect(proposed(text, "RecordStatement")).toEqual([
      expect.objectContaining({
        speakers: ["joel-montalbano"],
        kind: "REPORT",
        occurredAt: "2024-02-28",
      }),
      expect.objectContaining({
        speakerDescription: "Russian space officials",
        kind: "ASSESSMENT",
      }),
    ]);
  });

  it("records a leak rate in a UCUM unit per day", () => {
    const text = "The Zvezda module lost about 1.4 pounds per day, more than 700 mm Hg in all.";
    const module = new Gazetteer([{ entityId: "zvezda", kind: "Module", names: ["Zvezda"] }]);
    const facts = draftArticle(text, {
      publisher: "NASA",
      publishedOn: "2020-10-01",
      gazetteer: module,
    }).facts;
    expect(facts.filter((f) => f.do === "RecordQuantity").map((f) => f.fields)).toEqual([
      expect.objectContaining({ of: "zvezda", value: 1.4, unit: "[lb_av]/d" }),
      expect.objectContaining({ of: "zvezda", lowerBound: 700, unit: "mm[Hg]" }),
    ]);
  });

  it("records a count of crew members and a bounded figure in UCUM units", () => {
    const text =
      "The three crew members aboard the International Space Station arrived nearly 20 years ago.";
    expect(proposed(text, "RecordQuantity")).toEqual([
      expect.objectContaining({ of: "iss", value: 3, unit: "{person}" }),
      expect.objectContaining({ of: "iss", upperBound: 20, unit: "a" }),
    ]);
  });
});

describe("a draft folder", () => {
  it("reads as a seed folder, and the dry run after the seed articles finds what repeats them", async () => {
    const source = seed.find((f) => f.name === "iss-leak-nasa-blog-2020-08-20")!.bundle.article;
    const result = draftArticle(source.text, {
      publisher: "NASA",
      publishedOn: source.publishedOn,
      articleId: "a-second-copy",
      gazetteer: gazetteerOfArticles(seed.map((f) => f.bundle)),
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), "draft-"));
    mkdirSync(path.join(dir, "a-second-copy"));
    for (const [name, content] of Object.entries(draftFolderFiles(result)))
      writeFileSync(path.join(dir, "a-second-copy", name), content);
    const read = readSeedFolders(dir, { strict: true });
    expect(read.problems.filter((p) => !p.field?.startsWith("buildsOn"))).toEqual([]);
    const [drafted] = read.folders;
    expect(drafted!.bundle.facts).toHaveLength(result.facts.length);
    const report = await dryRunArticles(
      memoryTarget(),
      [...seed, drafted!].map((f) => articleUnit(f.bundle.article, f.bundle.facts, f.buildsOn)),
    );
    rmSync(dir, { recursive: true, force: true });
    const mine = report.suggestions.filter((s) => s.articleId === "a-second-copy");
    expect(mine.map((s) => s.kind)).toContain("REPEATED_FACT");
  });
});
