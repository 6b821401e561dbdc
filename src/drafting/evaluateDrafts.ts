import type { Command } from "../catalogue/commands";
import type { SeedFolder } from "../seed/seedFolderTypes";
import type { Draft } from "./Draft";
import { draftArticle } from "./draftArticle";
import { normalName } from "./foldText";
import { gazetteerOfArticles } from "./gazetteerOfArticles";

/** The article held out from any tuning of the patterns: its figures say how they generalise. */
export const HELD_OUT = "iss-leak-nasa-blog-2020-09-29";

export interface Score {
  proposed: number;
  expected: number;
  matched: number;
}

export interface ArticleEvaluation {
  articleId: string;
  heldOut: boolean;
  /** New entities (kind and normalised name, aliases counting). */
  entities: Score;
  /** Known entities the curated facts name. */
  known: Score;
  /** Date values (YYYY, YYYY-MM, YYYY-MM-DD: value and precision). */
  dates: Score;
  /** Facts other than registrations, by command and key fields. */
  facts: Score;
}

type Fields = Record<string, unknown>;
const DATE_FIELDS = ["occurredAt", "validFrom", "validTo"];

/**
 * Every seed article drafted with a gazetteer of the articles it builds on (directly or not),
 * never of its own facts, and compared with its curated facts.yaml.
 */
export function evaluateDrafts(folders: readonly SeedFolder[]): ArticleEvaluation[] {
  const byArticle = new Map(folders.map((f) => [f.bundle.article.articleId, f]));
  return folders.map((folder) => {
    const bases = new Set<string>();
    const pending = [...folder.buildsOn];
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (bases.has(next) || !byArticle.has(next)) continue;
      bases.add(next);
      pending.push(...byArticle.get(next)!.buildsOn);
    }
    const article = folder.bundle.article;
    const gazetteer = gazetteerOfArticles(
      folders.filter((f) => bases.has(f.bundle.article.articleId)).map((f) => f.bundle),
    );
    const draft = draftArticle(article.text, {
      publisher: article.publisher,
      publishedOn: article.publishedOn,
      articleId: article.articleId,
      gazetteer,
    });
    const knownIds = new Set(gazetteer.entities.map((e) => e.entityId));
    const curated = folder.bundle.facts.map((f) => f.command as unknown as Fields & Command);
    return {
      articleId: article.articleId,
      heldOut: article.articleId === HELD_OUT,
      ...compare(draft, curated, knownIds),
    };
  });
}

function compare(draft: Draft, curated: readonly (Fields & Command)[], knownIds: Set<string>) {
  const ids = new Map<string, string>();
  const registered = curated.filter((c) => c.type === "RegisterEntity");
  const candidates = draft.candidates.filter(
    (c, i) => draft.candidates.findIndex((o) => o.entityId === c.entityId) === i,
  );
  const entities = score(candidates, registered, (c, r) => {
    const names = [r.name, ...((r.aliases as string[] | undefined) ?? [])].map(normalName);
    const same = c.kind === r.kind && names.includes(normalName(c.name));
    if (same) ids.set(c.entityId, r.entityId as string);
    return same;
  });
  const named = new Set(
    curated.flatMap((c) =>
      Object.values(c)
        .flat()
        .filter((v) => typeof v === "string"),
    ),
  );
  const found = [...new Set(draft.known.map((k) => k.entityId))];
  const known = score(
    found,
    [...knownIds].filter((id) => named.has(id)),
    (a, b) => a === b,
  );
  const curatedDates = new Set(curated.flatMap((c) => datesOf(c)));
  const draftDates = new Set([
    ...draft.dates.map((d) => d.value),
    ...draft.facts.flatMap((f) => datesOf(f.fields)),
  ]);
  const dates = score([...draftDates], [...curatedDates], (a, b) => a === b);
  const proposedFacts = draft.facts.filter((f) => f.do !== "RegisterEntity");
  const expectedFacts = curated.filter((c) => c.type !== "RegisterEntity");
  // Incidents first, so that the updates of a matched incident name it by its curated id.
  const order = (type: string) => (type === "ReportIncident" ? 0 : 1);
  const facts = score(
    [...proposedFacts].sort((a, b) => order(a.do) - order(b.do)),
    expectedFacts,
    (p, e) =>
      p.do === e.type && sameFact(p.do, { ...p.fields, quote: p.quote }, e, ids, draft.text),
  );
  return { entities, known, dates, facts };
}

function datesOf(fields: Fields): string[] {
  const values = DATE_FIELDS.map((f) => fields[f]);
  if (fields.field === "occurredAt") values.push(fields.value);
  return values.filter((v): v is string => typeof v === "string");
}

/** Greedy one-to-one matching: each proposal matches at most one expected item. */
function score<P, E>(
  proposed: readonly P[],
  expected: readonly E[],
  same: (p: P, e: E) => boolean,
): Score {
  const used = new Set<number>();
  let matched = 0;
  for (const p of proposed) {
    const at = expected.findIndex((e, i) => !used.has(i) && same(p, e));
    if (at >= 0) {
      used.add(at);
      matched += 1;
    }
  }
  return { proposed: proposed.length, expected: expected.length, matched };
}

function sameFact(
  type: string,
  p: Fields,
  e: Fields & Command,
  ids: Map<string, string>,
  text: string,
): boolean {
  const id = (value: unknown) => ids.get(value as string) ?? value;
  const list = (value: unknown) => ((value as string[] | undefined) ?? []).map(id);
  switch (type) {
    case "LinkEntities":
      return p.relation === e.relation && id(p.from) === e.from && id(p.to) === e.to;
    case "AddAlias":
      return (
        p.entityId === e.entityId && normalName(p.alias as string) === normalName(e.alias as string)
      );
    case "CorroborateFact":
      return id(p.factId) === e.factId;
    case "ReportIncident": {
      const same = p.kind === e.kind && list(p.affected).some((a) => list(e.affected).includes(a));
      if (same) ids.set(p.incidentId as string, e.incidentId as string);
      return same;
    }
    case "RecordIncidentUpdate":
      return p.kind === e.kind && id(p.incidentId) === e.incidentId;
    case "RecordQuantity":
      return id(p.of) === e.of && p.unit === e.unit;
    case "RecordStatement": {
      const speakers = (s: Fields) => list(s.speakers).sort().join() || "(described)";
      return (
        speakers(p) === speakers(e) &&
        overlaps(text, p.quote as string, (e.source as { quote: string }).quote)
      );
    }
    default:
      return false;
  }
}

/** Whether two quotes share text in the article (their first occurrences overlap). */
function overlaps(text: string, a: string, b: string): boolean {
  const start = (q: string) => text.indexOf(q);
  const [sa, sb] = [start(a), start(b)];
  if (sa < 0 || sb < 0) return false;
  return sa < sb + b.length && sb < sa + a.length;
}

const ratio = (n: number, d: number) => (d === 0 ? "-" : `${Math.round((100 * n) / d)}%`);

/** The evaluation as a table: precision and recall of each measure, per article and in total. */
export function formatEvaluation(rows: readonly ArticleEvaluation[]): string {
  const measures = ["entities", "known", "dates", "facts"] as const;
  const total = Object.fromEntries(
    measures.map((m) => [
      m,
      rows.reduce(
        (sum, r) => ({
          proposed: sum.proposed + r[m].proposed,
          expected: sum.expected + r[m].expected,
          matched: sum.matched + r[m].matched,
        }),
        { proposed: 0, expected: 0, matched: 0 },
      ),
    ]),
  ) as Record<(typeof measures)[number], Score>;
  const line = (
    name: string,
    scores: Partial<Record<string, unknown>> & Record<(typeof measures)[number], Score>,
  ) =>
    `| ${name} | ${measures.map((m) => `${ratio(scores[m]!.matched, scores[m]!.proposed)} / ${ratio(scores[m]!.matched, scores[m]!.expected)}`).join(" | ")} |`;
  return [
    `| article (precision / recall) | ${measures.join(" | ")} |`,
    `| --- | ${measures.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => line(r.heldOut ? `${r.articleId} (held out)` : r.articleId, { ...r })),
    line("total", total),
  ].join("\n");
}
