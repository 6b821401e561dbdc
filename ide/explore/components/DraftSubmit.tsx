import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { Link } from "react-router";
import { CheckDraftDocument, IngestDraftDocument } from "../generated/graphql";
import {
  editedCount,
  ingestionInput,
  writerHeaders,
  type ArticleFields,
  type Review,
} from "../lib/draftReview";
import { articlePath, nodePath } from "../lib/paths";

/** A receipt's page, by its stream's category; relations and quantities have none of their own. */
function factPath(stream: string, factId: string): string | null {
  if (stream.startsWith("entity-")) return nodePath("Entity", factId);
  if (stream.startsWith("incident-")) return nodePath("Incident", factId.split("/")[0]!);
  if (stream.startsWith("statement-")) return nodePath("Statement", factId);
  return null;
}

/**
 * The article's title; "Check" runs ingestArticle's dry run on the accepted
 * entries and lists its problems and suggestions, "Submit" ingests them and links to what it wrote.
 */
export function DraftSubmit({
  review,
  article,
  writerKey,
}: {
  review: Review;
  article: Omit<ArticleFields, "title"> & { title: string };
  writerKey: string;
}) {
  const [title, setTitle] = useState(article.title);
  const [check, checked] = useMutation(CheckDraftDocument);
  const [ingest, ingested] = useMutation(IngestDraftDocument);
  const options = () => ({
    variables: { input: ingestionInput(review, { ...article, title }) },
    context: { headers: writerHeaders(writerKey) },
  });
  const accepted = review.proposals.filter((p) => p.decision === "accepted").length;
  const problems = checked.data?.ingestArticle.problems ?? [];
  const receipts = ingested.data?.ingestArticle.receipts ?? [];
  return (
    <section className="draft-submit" aria-labelledby="draft-submit">
      <h2 id="draft-submit">Check and submit</h2>
      <label>
        Title
        <input name="title" required value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <p className="meta">
        {accepted} accepted entries ({editedCount(review)} edited) and the article.
      </p>
      <button type="button" onClick={() => void check(options()).catch(() => {})}>
        Check
      </button>{" "}
      <button type="button" onClick={() => void ingest(options()).catch(() => {})}>
        Submit
      </button>
      {(checked.error ?? ingested.error) && (
        <p role="alert" className="error">
          The API answered with an error: {(checked.error ?? ingested.error)!.message}
        </p>
      )}
      {checked.data && (
        <div className="draft-check" data-problems={problems.length}>
          <p>
            The dry run finds {problems.length} problem{problems.length === 1 ? "" : "s"}.
          </p>
          <ul className="plain-list">
            {problems.map((p, i) => (
              <li key={i} className="problem">
                {p.entry}
                {p.field ? ` (${p.field})` : ""}: {p.message} <span className="meta">{p.code}</span>
              </li>
            ))}
            {checked.data.ingestArticle.suggestions.map((s, i) => (
              <li key={`s${i}`} className="suggestion meta">
                {s.kind}: {s.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {ingested.data && (
        <div className="draft-ingested" data-events={ingested.data.ingestArticle.appendedEvents}>
          <p>
            Ingested: {ingested.data.ingestArticle.appendedEvents} events.{" "}
            <Link to={articlePath(ingested.data.ingestArticle.articleId)}>The article</Link>
          </p>
          <ul className="inline-list">
            {[...new Map(receipts.map((r) => [factPath(r.stream, r.factId), r.factId]))].map(
              ([path, factId]) =>
                path ? (
                  <li key={path}>
                    <Link to={path}>{factId}</Link>
                  </li>
                ) : null,
            )}
          </ul>
        </div>
      )}
    </section>
  );
}
