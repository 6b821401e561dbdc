import type nlp from "compromise";

type View = ReturnType<typeof nlp>;
import type { DraftSentence } from "./Draft";

/** The text's sentences (compromise's splitting of `doc`, the text parsed), each with its character span, trimmed. */
export function findSentences(doc: View, text: string): DraftSentence[] {
  const found = doc.sentences().json({ offset: true }) as {
    offset: { start: number; length: number };
  }[];
  return found.flatMap(({ offset }) => {
    const raw = text.slice(offset.start, offset.start + offset.length);
    const start = offset.start + (raw.length - raw.trimStart().length);
    const end = offset.start + raw.trimEnd().length;
    return end > start ? [{ start, end, text: text.slice(start, end) }] : [];
  });
}
