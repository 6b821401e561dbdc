import { createHash } from "node:crypto";
import type { ArticleRegistered } from "../events/DomainEvent";
import type { RegisterArticle } from "./commands";
import { DomainError, invalid } from "./DomainError";
import type { FactState } from "./FactState";
import { optionalText, requireId, requireText, requireTime } from "./validate";

export const MAX_ARTICLE_LENGTH = 200_000;

/** An article is the source every fact cites; it is registered once, with its full text. */
export function decideRegisterArticle(
  command: RegisterArticle,
  state: FactState,
): ArticleRegistered[] {
  const articleId = requireId("articleId", command.articleId);
  if (state.status !== "absent") {
    throw new DomainError(
      "already_exists",
      `article "${articleId}" is already registered`,
      "articleId",
    );
  }
  const publishedOn = requireTime("publishedOn", command.publishedOn);
  if (publishedOn.precision !== "day")
    throw invalid("publishedOn", "publishedOn must be a day (YYYY-MM-DD)");
  // Checked, but kept byte for byte: quotes are matched against it.
  requireText("text", command.text, MAX_ARTICLE_LENGTH);
  const url = optionalText("url", command.url);
  if (url !== undefined && !URL.canParse(url)) throw invalid("url", `"${url}" is not a URL`);
  return [
    {
      type: "ArticleRegistered",
      data: {
        articleId,
        title: requireText("title", command.title),
        publisher: requireText("publisher", command.publisher, 200),
        publishedOn: publishedOn.value,
        url,
        dateline: optionalText("dateline", command.dateline, 200),
        text: command.text,
        textSha256: createHash("sha256").update(command.text).digest("hex"),
      },
    },
  ];
}
