import { useApolloClient } from "@apollo/client/react";
import { useState } from "react";
import { DraftForm, type DraftFormValues } from "../components/DraftForm";
import { DraftSentences } from "../components/DraftSentences";
import { DraftSubmit } from "../components/DraftSubmit";
import { DuplicateChoices } from "../components/DuplicateChoices";
import { DraftArticleDocument } from "../generated/graphql";
import { startReview, writerHeaders, type Draft, type Review } from "../lib/draftReview";
import { usePageTitle } from "../lib/usePageTitle";

/** What was drafted: the answer, and the text and metadata it was drafted from. */
interface Drafted {
  draft: Draft;
  form: DraftFormValues;
}

/**
 * /draft: paste an article, draft it (Query.draftArticle), review every proposal on its sentence
 * (accept, edit, reject; resolve possible duplicates), check it with the dry run and submit it
 * with ingestArticle. The draft is the page's own: it is not cached nor refetched by live updates.
 */
export function DraftPage() {
  usePageTitle("Draft an article");
  const client = useApolloClient();
  const [form, setForm] = useState<DraftFormValues>({
    text: "",
    publisher: "",
    publishedOn: "",
    articleId: "",
    writerKey: "",
  });
  const [drafted, setDrafted] = useState<Drafted | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function runDraft() {
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: DraftArticleDocument,
        variables: {
          text: form.text,
          publisher: form.publisher,
          publishedOn: form.publishedOn,
          articleId: form.articleId.trim() || null,
        },
        fetchPolicy: "no-cache",
        context: { headers: writerHeaders(form.writerKey) },
      });
      if (!data) throw new Error("the API answered no draft");
      setDrafted({ draft: data.draftArticle, form });
      setReview(startReview(data.draftArticle));
    } catch (thrown) {
      setError((thrown as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="page draft-page">
      <header className="page-header">
        <h1>Draft an article</h1>
        <p className="description">
          Paste an article: its entities, dates and facts are proposed, each on the sentence it
          comes from. Accept, edit or reject them, check them with the dry run, then submit them.
          Drafting, checking and submitting need a writer&apos;s key.
        </p>
      </header>
      <DraftForm values={form} onChange={setForm} onDraft={() => void runDraft()} busy={busy} />
      {error && (
        <p role="alert" className="error">
          The API answered with an error: {error}
        </p>
      )}
      {drafted && review && (
        <>
          <DuplicateChoices
            candidates={drafted.draft.candidates}
            review={review}
            onChange={setReview}
          />
          <DraftSentences
            text={drafted.form.text}
            sentences={drafted.draft.sentences}
            review={review}
            onChange={setReview}
          />
          <DraftSubmit
            key={drafted.draft.articleId}
            review={review}
            writerKey={form.writerKey}
            article={{
              title: drafted.draft.sentences[0]?.text.slice(0, 500) ?? "",
              publisher: drafted.form.publisher,
              publishedOn: drafted.form.publishedOn,
              text: drafted.form.text,
            }}
          />
        </>
      )}
    </article>
  );
}
