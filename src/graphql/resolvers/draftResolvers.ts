import { invalid } from "../../domain/DomainError";
import { idProblem } from "../../domain/validate";
import { parseWorldTime } from "../../domain/WorldTime";
import { draftArticle } from "../../drafting/draftArticle";
import { ingestionEntry, possibleDuplicates, quoteSpan } from "../../drafting/ingestionEntries";
import { graphGazetteer } from "../../explore/graphGazetteer";
import type { QueryDraftArticleArgs, Resolvers } from "../generated/resolvers-types";

/**
 * The longest text a draft reads. Drafting is synchronous work on the API's one thread (about
 * 1.3 s for 20,000 characters on two shared cores, 8.7 s for 100,000): past this, one request
 * would hold every other one up.
 */
export const MAX_DRAFT_TEXT = 20_000;
/** As RegisterArticle takes it. */
const MAX_PUBLISHER = 200;

/** The arguments, each checked before any work: a refusal names its argument. */
function checked({ text, publisher, publishedOn, articleId }: QueryDraftArticleArgs) {
  if (text.trim() === "") throw invalid("text", "text is empty: paste the article's text");
  if (text.length > MAX_DRAFT_TEXT)
    throw invalid(
      "text",
      `text has ${text.length} characters: a draft reads at most ${MAX_DRAFT_TEXT} (draft a long article in parts)`,
    );
  if (publisher.trim() === "" || publisher.length > MAX_PUBLISHER)
    throw invalid("publisher", `publisher must be 1 to ${MAX_PUBLISHER} characters`);
  const day = parseWorldTime(publishedOn);
  if ("error" in day || day.precision !== "day")
    throw invalid("publishedOn", `publishedOn must be a day, YYYY-MM-DD: not "${publishedOn}"`);
  const idIsBad = articleId ? idProblem(articleId) : undefined;
  if (idIsBad) throw invalid("articleId", idIsBad);
  return { text, publisher: publisher.trim(), publishedOn: day.value, articleId };
}

/** Query.draftArticle: the pasted text drafted against the entities the graph knows now. */
export const draftResolvers: Resolvers = {
  Query: {
    draftArticle: async (_root, args, { services }) => {
      const { text, publisher, publishedOn, articleId } = checked(args);
      const gazetteer = await graphGazetteer(
        services.driver,
        services.database,
        services.bookmarks,
      );
      const draft = draftArticle(text, {
        publisher,
        publishedOn,
        gazetteer,
        ...(articleId ? { articleId } : {}),
      });
      const duplicates = possibleDuplicates(draft.candidates, gazetteer);
      return {
        articleId: draft.articleId,
        publisher,
        publishedOn,
        sentences: draft.sentences,
        known: draft.known,
        candidates: draft.candidates.map((candidate) => ({
          ...candidate,
          possibleDuplicates: duplicates.get(candidate.entityId) ?? [],
        })),
        dates: draft.dates,
        proposals: draft.facts.map((fact) => ({
          factId: fact.id,
          command: fact.do,
          quote: fact.quote,
          ...quoteSpan(text, fact.quote),
          certainty: fact.certainty,
          note: fact.note ?? null,
          reason: fact.reason,
          entry: JSON.stringify(ingestionEntry(fact, draft.articleId)),
        })),
      };
    },
  },
};
