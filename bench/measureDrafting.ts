import { draftArticle } from "../src/drafting/draftArticle";
import { gazetteerOfArticles } from "../src/drafting/gazetteerOfArticles";
import { loadSeedArticles } from "../src/seed/seedFolder";

export interface DraftingMeasurement {
  words: number;
  /** The median of the timed drafts, after one untimed draft (compromise's lexicon, the JIT). */
  medianMillis: number;
  runs: number;
  /** The target: a 1,000-word article drafted in under a second. */
  met: boolean;
}

/**
 * Drafting a 1,000-word article: the curated articles' texts, concatenated and cut at 1,000
 * words, drafted with the gazetteer of every seed article, `runs` times. No database.
 */
export function measureDrafting(runs = 5): DraftingMeasurement {
  const articles = loadSeedArticles();
  const words = articles.flatMap((a) => a.article.text.split(/\s+/).filter(Boolean));
  while (words.length < 1_000) words.push(...words);
  const text = words.slice(0, 1_000).join(" ");
  const options = {
    publisher: "NASA",
    publishedOn: "2024-02-29",
    gazetteer: gazetteerOfArticles(articles),
  };
  draftArticle(text, options);
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    draftArticle(text, options);
    return performance.now() - started;
  }).sort((a, b) => a - b);
  const medianMillis = times[Math.floor(runs / 2)]!;
  return { words: 1_000, medianMillis, runs, met: medianMillis < 1_000 };
}

export function formatDrafting(measurement: DraftingMeasurement): string {
  const { words, medianMillis, runs, met } = measurement;
  return (
    `Drafting a ${words.toLocaleString("en-US")}-word article (npm run draft, no database): ` +
    `${medianMillis.toFixed(0)} ms, the median of ${runs}; target under 1 s: ${met ? "met" : "**not met**"}`
  );
}
