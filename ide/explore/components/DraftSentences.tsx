import { cut } from "../lib/articleCitations";
import {
  acceptAll,
  decide,
  editField,
  proposalsBySentence,
  type Draft,
  type Review,
} from "../lib/draftReview";
import { ProposalCard } from "./ProposalCard";

/**
 * Every sentence of the draft, the quotes of its proposals marked (all but the rejected ones),
 * each followed by its proposals.
 */
export function DraftSentences({
  text,
  sentences,
  review,
  onChange,
}: {
  text: string;
  sentences: Draft["sentences"];
  review: Review;
  onChange: (review: Review) => void;
}) {
  const groups = proposalsBySentence(sentences, review.proposals);
  const open = review.proposals.filter((p) => p.decision === "proposed").length;
  return (
    <section className="draft-sentences" aria-labelledby="draft-sentences">
      <h2 id="draft-sentences">Sentences and proposals</h2>
      <p className="meta">
        {review.proposals.length} proposals, {open} not yet reviewed.{" "}
        <button type="button" onClick={() => onChange(acceptAll(review))} disabled={open === 0}>
          Accept all not yet reviewed
        </button>
      </p>
      <ol className="plain-list">
        {sentences.map((sentence, index) => {
          const proposals = groups[index] ?? [];
          const quoted = proposals.filter((p) => p.decision !== "rejected");
          return (
            <li key={sentence.start} className="draft-sentence">
              <p className="sentence-text">
                {cut(text, sentence.start, sentence.end, quoted, []).map((piece, i) =>
                  piece.quoted ? <mark key={i}>{piece.text}</mark> : piece.text,
                )}
              </p>
              {proposals.length > 0 && (
                <ul className="plain-list proposals">
                  {proposals.map((proposal) => (
                    <ProposalCard
                      key={proposal.factId}
                      proposal={proposal}
                      onDecide={(decision) => onChange(decide(review, proposal.factId, decision))}
                      onEdit={(field, value) =>
                        onChange(editField(review, proposal.factId, field, value))
                      }
                    />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
