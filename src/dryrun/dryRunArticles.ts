import type { Driver } from "neo4j-driver";
import type { Catalogue } from "../catalogue/Catalogue";
import { CATALOGUE, type CommandOfType } from "../catalogue/commands";
import { InMemoryFacts } from "../catalogue/InMemoryFacts";
import type { CommandHandler } from "../commands/CommandHandler";
import { ingestionEnvelopes, type ArticleFact } from "../commands/ingestArticle";
import { dryRunEntries } from "./dryRunEntries";
import type { DryRunReport, DryRunUnit } from "./DryRunReport";
import { dryRunUnits, type DryRunDecisions } from "./dryRunUnits";
import { graphKnownFacts } from "./graphKnownFacts";
import { inMemoryLog } from "./inMemoryLog";
import { memoryKnownFacts, type KnownFacts } from "./KnownFacts";
import { suggestNames } from "./suggestNames";
import { suggestRepeats } from "./suggestRepeats";
import { undeclaredBases } from "./undeclaredBases";

/** Where a dry run decides: the log it reads and what it knows of the recorded facts. */
export interface DryRunTarget {
  readonly catalogue: Catalogue;
  readonly knowledge: KnownFacts;
  decide(units: readonly DryRunUnit[], alsoRead: readonly string[]): Promise<DryRunDecisions>;
}

/** Facts held in memory (none: an empty log): no database. */
export function memoryTarget(
  facts = new InMemoryFacts(),
  catalogue: Catalogue = CATALOGUE,
): DryRunTarget {
  return {
    catalogue,
    knowledge: memoryKnownFacts(facts),
    decide: (units, alsoRead) => dryRunUnits(catalogue, inMemoryLog(facts), units, { alsoRead }),
  };
}

/** The log and graph in Neo4j, as the command handler reads them. */
export function graphTarget(
  handler: CommandHandler,
  driver: Driver,
  database: string,
  catalogue: Catalogue = CATALOGUE,
): DryRunTarget {
  return {
    catalogue,
    knowledge: graphKnownFacts(driver, database),
    decide: (units, alsoRead) => handler.dryRun(units, alsoRead),
  };
}

/** An article and its facts as a unit of a dry run (the ingestion's commands and ids). */
export function articleUnit(
  article: CommandOfType<"RegisterArticle">,
  facts: readonly ArticleFact[],
  buildsOn?: readonly string[],
): DryRunUnit {
  return {
    articleId: article.articleId,
    envelopes: ingestionEnvelopes(article, facts),
    ...(buildsOn ? { buildsOn } : {}),
  };
}

/**
 * Articles checked as they would be ingested, one after the other, against the target's log,
 * writing nothing: every problem at once (with its field path), what would be appended, and
 * suggestions (possible duplicates, entities the text names that no entry refers to, entries
 * repeating recorded facts).
 */
export async function dryRunArticles(
  target: DryRunTarget,
  units: readonly DryRunUnit[],
): Promise<DryRunReport> {
  const { catalogue, knowledge } = target;
  // The facts near what the entries name are read too, so that a repeated one can be found.
  const named = units.flatMap((unit) =>
    unit.envelopes.flatMap((envelope) => {
      if (catalogue.inputProblems(envelope.command).length > 0) return [];
      return catalogue.referencesOf(envelope.command).nodeIds;
    }),
  );
  const [nearby, entities, citations] = await Promise.all([
    knowledge.nearbyStreams([...new Set(named)]),
    knowledge.entities(),
    knowledge.citations(units.map((unit) => unit.articleId)),
  ]);
  const decisions = await target.decide(units, nearby);
  const entries = dryRunEntries(catalogue, units, decisions);
  // Problems in the order of their entries, those of one entry in the order found.
  const order = new Map(
    entries.map((e) => [`${e.unit.articleId}\u0000${e.envelope.entry}`, e.order]),
  );
  const problems = [...decisions.problems, ...undeclaredBases(catalogue, entries)].sort(
    (a, b) =>
      (order.get(`${a.articleId}\u0000${a.entry}`) ?? 0) -
      (order.get(`${b.articleId}\u0000${b.entry}`) ?? 0),
  );
  return {
    head: decisions.head,
    problems,
    planned: decisions.decided.map((d) => d.plan),
    suggestions: [
      ...suggestNames(catalogue, entries, decisions, { entities, citations }),
      ...suggestRepeats(catalogue, entries, decisions, citations),
    ],
  };
}
