import type { FormEvent } from "react";

export interface DraftFormValues {
  text: string;
  publisher: string;
  publishedOn: string;
  articleId: string;
  /** A writer's API key: drafting, checking and submitting are the editors'. */
  writerKey: string;
}

/**
 * The pasted article: its text, publisher, date and (optionally) id, and the writer's key that
 * drafts, checks and submits it; "Draft" asks the API.
 */
export function DraftForm({
  values,
  onChange,
  onDraft,
  busy,
}: {
  values: DraftFormValues;
  onChange: (values: DraftFormValues) => void;
  onDraft: () => void;
  busy: boolean;
}) {
  const set = (field: keyof DraftFormValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [field]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDraft();
  };
  return (
    <form className="draft-form" onSubmit={submit}>
      <label>
        The article&apos;s text
        <textarea name="text" rows={12} required value={values.text} onChange={set("text")} />
      </label>
      <div className="draft-form-row">
        <label>
          Publisher
          <input name="publisher" required value={values.publisher} onChange={set("publisher")} />
        </label>
        <label>
          Published on
          <input
            name="publishedOn"
            type="date"
            required
            value={values.publishedOn}
            onChange={set("publishedOn")}
          />
        </label>
        <label>
          Article id (optional)
          <input
            name="articleId"
            placeholder="a slug of the publisher and date"
            value={values.articleId}
            onChange={set("articleId")}
          />
        </label>
      </div>
      <label>
        Writer&apos;s key
        <input
          name="writerKey"
          type="password"
          autoComplete="off"
          required
          value={values.writerKey}
          onChange={set("writerKey")}
        />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? "Drafting…" : "Draft"}
      </button>
    </form>
  );
}
