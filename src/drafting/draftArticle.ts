import type { Draft, ProposedFact } from "./Draft";
import nlp from "compromise";
import type { DraftContext, Mention, Proposal } from "./DraftContext";
import { findCandidates } from "./findCandidates";
import { findDates } from "./findDates";
import { findSentences } from "./findSentences";
import { slugOf } from "./foldText";
import type { Gazetteer } from "./Gazetteer";
import { proposeEntities } from "./proposeEntities";
import { proposeIncidents } from "./proposeIncidents";
import { proposeMemberships } from "./proposeMemberships";
import { proposeQuantities } from "./proposeQuantities";
import { proposeRelations } from "./proposeRelations";
import { proposeStatements } from "./proposeStatements";

export interface DraftOptions {
  publisher: string;
  /** YYYY-MM-DD: the reference of every relative date. */
  publishedOn: string;
  articleId?: string;
  gazetteer: Gazetteer;
}

/** The fields that hold a proposal's own id, filled with its entry id. */
const OWN_ID: Record<string, string> = {
  LinkEntities: "relationId",
  RecordStatement: "statementId",
};

/**
 * A draft of an article's facts, offline and deterministic: its sentences, the known entities it
 * names (by the gazetteer), new candidates, its dates (relative to the publication date, never
 * more precise than the text) and candidate facts, each with its exact quote, its certainty and
 * the pattern that proposed it.
 */
export function draftArticle(text: string, options: DraftOptions): Draft {
  const { publisher, publishedOn, gazetteer } = options;
  const articleId = options.articleId ?? slugOf(`${publisher} ${publishedOn}`);
  const doc = nlp(text);
  const sentences = findSentences(doc, text);
  const known = gazetteer.find(text);
  const { candidates, aliases } = findCandidates(doc, text, known, gazetteer);
  const dates = findDates(sentences, publishedOn);
  const mentions: Mention[] = [
    ...known.map((m) => ({ ...m, name: m.matched, known: true })),
    ...candidates.map((c) => ({ ...c, known: false })),
  ].sort((a, b) => a.start - b.start);
  const context: DraftContext = {
    text,
    publishedOn,
    publisher,
    sentences,
    mentions,
    dates,
    gazetteer,
  };
  const proposals = [
    ...proposeEntities(text, candidates, aliases, known),
    ...proposeIncidents(context),
    ...proposeMemberships(context),
    ...proposeRelations(context),
    ...proposeStatements(context),
    ...proposeQuantities(context),
  ];
  const facts = uniqueIds(proposals);
  return {
    articleId,
    publisher,
    publishedOn,
    text,
    sentences,
    known,
    candidates,
    dates,
    facts,
    buildsOn: basesOf(facts, gazetteer),
  };
}

/** Entry ids made unique (a second "x" is "x-2"), and each fact's own id set to its entry's. */
function uniqueIds(proposals: readonly Proposal[]): ProposedFact[] {
  const taken = new Map<string, number>();
  return proposals.map((proposal) => {
    const base = slugOf(proposal.id);
    const count = (taken.get(base) ?? 0) + 1;
    taken.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    const own = OWN_ID[proposal.do];
    return { ...proposal, id, fields: own ? { ...proposal.fields, [own]: id } : proposal.fields };
  });
}

/** The articles that registered what the facts name. */
function basesOf(facts: readonly ProposedFact[], gazetteer: Gazetteer): string[] {
  const named = new Set(
    facts.flatMap((fact) =>
      Object.values(fact.fields).flatMap((value) => (Array.isArray(value) ? value : [value])),
    ),
  );
  const bases = [
    ...gazetteer.entities.filter((e) => named.has(e.entityId)),
    ...gazetteer.incidents.filter((i) => named.has(i.incidentId)),
  ].flatMap((known) => (known.articleId ? [known.articleId] : []));
  return [...new Set(bases)].sort();
}
