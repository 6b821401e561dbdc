import type { FormEvent, InputHTMLAttributes } from "react";

export interface DraftFormValues {
  text: string;
  publisher: string;
  publishedOn: string;
  articleId: string;
  /** A writer's API key: drafting, checking and submitting are the editors'. */
  writerKey: string;
}

/** The one-line fields, in the order shown: the article's publisher, date and id, then the key. */
const INPUTS: readonly ({
  name: Exclude<keyof DraftFormValues, "text">;
  label: string;
} & InputHTMLAttributes<HTMLInputElement>)[] = [
  { name: "publisher", label: "Publisher", required: true },
  { name: "publishedOn", label: "Published on", type: "date", required: true },
  {
    name: "articleId",
    label: "Article id (optional)",
    placeholder: "a slug of the publisher and date",
  },
  {
    name: "writerKey",
    label: "Writer's key",
    type: "password",
    autoComplete: "off",
    required: true,
  },
];

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
        {INPUTS.map(({ name, label, ...input }) => (
          <label key={name}>
            {label}
            <input name={name} {...input} value={values[name]} onChange={set(name)} />
          </label>
        ))}
      </div>
      <button type="submit" disabled={busy}>
        {busy ? "Drafting…" : "Draft"}
      </button>
    </form>
  );
}
