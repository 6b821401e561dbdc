import {
  evaluateDrafts,
  formatEvaluation,
  HELD_OUT,
  type ArticleEvaluation,
} from "../../../src/drafting/evaluateDrafts";
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../../src/config/projectRoot";
import { readSeedFolders } from "../../../src/seed/seedFolder";

type Measure = "entities" | "known" | "dates" | "facts";
/**
 * The level reached, per article and measure: at least `matched` right, at most `wrong` proposals
 * that match nothing curated. Raise a floor when the drafts get better; never lower one.
 */
const FLOORS: Record<string, Record<Measure, { matched: number; wrong: number }>> = {
  "iss-leaks-ap-2024-02-29": {
    entities: { matched: 19, wrong: 0 },
    known: { matched: 0, wrong: 0 },
    dates: { matched: 8, wrong: 1 },
    facts: { matched: 29, wrong: 2 },
  },
  "iss-leak-nasa-blog-2020-08-20": {
    entities: { matched: 5, wrong: 0 },
    known: { matched: 4, wrong: 0 },
    dates: { matched: 2, wrong: 6 },
    facts: { matched: 8, wrong: 4 },
  },
  "iss-leak-nasa-blog-2020-08-25": {
    entities: { matched: 0, wrong: 2 },
    known: { matched: 7, wrong: 0 },
    dates: { matched: 1, wrong: 2 },
    facts: { matched: 6, wrong: 3 },
  },
  [HELD_OUT]: {
    entities: { matched: 0, wrong: 1 },
    known: { matched: 9, wrong: 0 },
    dates: { matched: 1, wrong: 2 },
    facts: { matched: 7, wrong: 5 },
  },
};

describe("npm run draft:eval: the drafts against the curated articles", () => {
  const rows: ArticleEvaluation[] = evaluateDrafts(readSeedFolders().folders);

  it("drafts every seed article, and marks the one held out from tuning", () => {
    expect(rows.map((r) => r.articleId).sort()).toEqual(Object.keys(FLOORS).sort());
    expect(rows.filter((r) => r.heldOut).map((r) => r.articleId)).toEqual([HELD_OUT]);
    expect(formatEvaluation(rows)).toContain(`| ${HELD_OUT} (held out) |`);
  });

  it.each(Object.keys(FLOORS))("keeps %s at or above the level reached", (articleId) => {
    const row = rows.find((r) => r.articleId === articleId)!;
    for (const measure of ["entities", "known", "dates", "facts"] as const) {
      const floor = FLOORS[articleId]![measure];
      const score = row[measure];
      expect({ measure, matched: score.matched }).toEqual({
        measure,
        matched: Math.max(score.matched, floor.matched),
      });
      expect({ measure, wrong: score.proposed - score.matched }).toEqual({
        measure,
        wrong: Math.min(score.proposed - score.matched, floor.wrong),
      });
    }
  });

  it("is the table docs/drafting.md shows", () => {
    const guide = readFileSync(path.join(projectRoot(), "docs", "drafting.md"), "utf8");
    const shown = /<!-- draft:eval -->\n([\s\S]*?)\n<!-- \/draft:eval -->/.exec(guide);
    expect(shown?.[1]).toBe(formatEvaluation(rows));
  });
});
