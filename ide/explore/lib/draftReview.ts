import type {
  ArticleFactInput,
  DraftArticleQuery,
  IngestArticleInput,
  SourceInput,
} from "../generated/graphql";

// The review of a draft (the /draft page), as pure functions of its state: each proposal
// proposed, accepted or rejected, its entry edited field by field, each suggested duplicate
// resolved; what is accepted becomes ingestArticle's input.

export type Draft = DraftArticleQuery["draftArticle"];
export type Decision = "proposed" | "accepted" | "rejected";

export interface ReviewedProposal {
  factId: string;
  command: string;
  quote: string;
  start: number;
  end: number;
  reason: string;
  note: string | null;
  decision: Decision;
  /** The entry as ingestArticle takes it, as now edited. */
  entry: ArticleFactInput;
  /** Whether the reviewer changed a field of it. */
  edited: boolean;
}

export interface Review {
  articleId: string;
  proposals: ReviewedProposal[];
  /** Each candidate resolved: the known entity used instead, or "new" (kept as a new entity). */
  resolved: Record<string, string>;
}

type Fields = Record<string, unknown>;

/** The command's field of an entry (registerEntity...) and its fields. */
export function commandOf(entry: ArticleFactInput): [string, Fields] {
  const found = Object.entries(entry).find(([key, value]) => key !== "factId" && value);
  return found ? [found[0], found[1] as Fields] : ["", {}];
}

function withFields(entry: ArticleFactInput, change: (fields: Fields) => Fields): ArticleFactInput {
  const [name, fields] = commandOf(entry);
  return { ...entry, [name]: change(fields) };
}

export function startReview(draft: Draft): Review {
  return {
    articleId: draft.articleId,
    resolved: {},
    proposals: draft.proposals.map((p) => ({
      factId: p.factId,
      command: p.command,
      quote: p.quote,
      start: p.start,
      end: p.end,
      reason: p.reason,
      note: p.note ?? null,
      decision: "proposed",
      entry: JSON.parse(p.entry) as ArticleFactInput,
      edited: false,
    })),
  };
}

function update(
  review: Review,
  factId: string,
  change: (p: ReviewedProposal) => ReviewedProposal,
): Review {
  return {
    ...review,
    proposals: review.proposals.map((p) => (p.factId === factId ? change(p) : p)),
  };
}

export function decide(review: Review, factId: string, decision: Decision): Review {
  return update(review, factId, (p) => ({ ...p, decision }));
}

/** Every proposal still only proposed, accepted. */
export function acceptAll(review: Review): Review {
  return {
    ...review,
    proposals: review.proposals.map((p) =>
      p.decision === "proposed" ? { ...p, decision: "accepted" } : p,
    ),
  };
}

/** The fields a reviewer may edit in place: the command's texts, ids and numbers (not its source). */
export function editableFields(entry: ArticleFactInput): [string, string | number][] {
  return Object.entries(commandOf(entry)[1]).flatMap(([key, value]) =>
    key !== "source" && (typeof value === "string" || typeof value === "number")
      ? [[key, value] as [string, string | number]]
      : [],
  );
}

/** One field set to a new value (a number stays a number); the proposal is then accepted. */
export function editField(review: Review, factId: string, field: string, text: string): Review {
  return update(review, factId, (p) => ({
    ...p,
    decision: "accepted",
    edited: true,
    entry: withFields(p.entry, (fields) => ({
      ...fields,
      [field]: typeof fields[field] === "number" && text.trim() !== "" ? Number(text) : text,
    })),
  }));
}

/** An id replaced wherever a command names it (a field, or an item of a list of ids). */
function renamed(fields: Fields, from: string, to: string): Fields {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => {
      if (key === "source") return [key, value];
      if (value === from) return [key, to];
      if (Array.isArray(value)) return [key, value.map((item) => (item === from ? to : item))];
      return [key, value];
    }),
  );
}

function registrationOf(review: Review, candidateId: string): ReviewedProposal | undefined {
  return review.proposals.find(
    (p) => p.command === "RegisterEntity" && commandOf(p.entry)[1].entityId === candidateId,
  );
}

/**
 * The candidate is the known entity: its registration becomes a corroboration of the known one
 * (the article names it too, as the draft proposes for every known name), and every other entry
 * that names the candidate names the known entity instead.
 */
export function resolveAsKnown(review: Review, candidateId: string, knownId: string): Review {
  const registration = registrationOf(review, candidateId);
  const corroboration = (p: ReviewedProposal): ReviewedProposal => ({
    ...p,
    command: "CorroborateFact",
    decision: "accepted",
    entry: {
      factId: p.factId,
      corroborateFact: { factId: knownId, source: commandOf(p.entry)[1].source as SourceInput },
    },
  });
  return {
    ...review,
    resolved: { ...review.resolved, [candidateId]: knownId },
    proposals: review.proposals.map((p) =>
      p === registration
        ? corroboration(p)
        : { ...p, entry: withFields(p.entry, (fields) => renamed(fields, candidateId, knownId)) },
    ),
  };
}

/** The candidate is another entity than these known ones: registered with distinctFrom. */
export function resolveAsNew(review: Review, candidateId: string, knownIds: string[]): Review {
  const registration = registrationOf(review, candidateId);
  const resolved = { ...review.resolved, [candidateId]: "new" };
  if (!registration) return { ...review, resolved };
  return {
    ...update(review, registration.factId, (p) => ({
      ...p,
      decision: "accepted",
      entry: withFields(p.entry, (fields) => ({ ...fields, distinctFrom: knownIds })),
    })),
    resolved,
  };
}

export interface ArticleFields {
  title: string;
  publisher: string;
  publishedOn: string;
  text: string;
}

/** ingestArticle's input: the article, then the accepted entries in the draft's order. */
export function ingestionInput(review: Review, article: ArticleFields): IngestArticleInput {
  return {
    article: { articleId: review.articleId, ...article },
    facts: review.proposals.filter((p) => p.decision === "accepted").map((p) => p.entry),
  };
}

/** How many accepted proposals the reviewer edited (a figure of how good the draft was). */
export function editedCount(review: Review): number {
  return review.proposals.filter((p) => p.decision === "accepted" && p.edited).length;
}

/** The proposals of each sentence: those whose quote starts in it (or after it, before the next). */
export function proposalsBySentence(
  sentences: readonly { start: number }[],
  proposals: readonly ReviewedProposal[],
): ReviewedProposal[][] {
  const groups = sentences.map((): ReviewedProposal[] => []);
  for (const proposal of proposals) {
    let index = 0;
    sentences.forEach((sentence, i) => {
      if (sentence.start <= proposal.start) index = i;
    });
    groups[index]?.push(proposal);
  }
  return groups;
}

/** The headers that send a writer's key (drafting, the dry run and the ingestion need one). */
export function writerHeaders(writerKey: string): Record<string, string> {
  return { authorization: `Bearer ${writerKey.trim()}` };
}
