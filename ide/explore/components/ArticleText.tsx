import { Link } from "react-router";
import type { Paragraph } from "../lib/articleCitations";
import { articleSentencePath } from "../lib/paths";

/**
 * An article's text: every sentence that a fact cites is a link (to the facts it supports), with
 * the quoted words marked; the selected sentences (a clicked one, or those of the quote the page
 * was opened for) stand out.
 */
export function ArticleText<F>({
  articleId,
  paragraphs,
  selected,
}: {
  articleId: string;
  paragraphs: readonly Paragraph<F>[];
  selected: ReadonlySet<number>;
}) {
  return (
    <div className="article-text">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.sentences[0]!.index}>
          {paragraph.sentences.map((sentence) => {
            const pieces = sentence.pieces.map((piece, i) =>
              piece.quoted || piece.focused ? (
                <mark key={i} className={piece.focused ? "focused" : undefined}>
                  {piece.text}
                </mark>
              ) : (
                <span key={i}>{piece.text}</span>
              ),
            );
            return (
              <span key={sentence.index}>
                {sentence.citations.length > 0 ? (
                  <Link
                    to={articleSentencePath(articleId, sentence.index)}
                    replace
                    preventScrollReset
                    className={`cited-sentence${selected.has(sentence.index) ? " selected" : ""}`}
                    aria-current={selected.has(sentence.index) ? "true" : undefined}
                    data-sentence={sentence.index}
                    data-citations={sentence.citations.length}
                    title={`${sentence.citations.length} fact${sentence.citations.length === 1 ? "" : "s"} cite this sentence`}
                  >
                    {pieces}
                  </Link>
                ) : (
                  <span className="sentence" data-sentence={sentence.index}>
                    {pieces}
                  </span>
                )}{" "}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
