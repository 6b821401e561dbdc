import type { DecisionContext } from "../domain/DecisionContext";
import { checkSource, type Source } from "../domain/source";
import type { EventShape } from "./CommandDefinition";

/**
 * The event of a command that cites a source, once the source is checked against the article it
 * names (the article is registered, the quote is in it): every fact's event carries its source.
 */
export function sourcedEvent<E extends EventShape & { source: Source }>(
  type: E["type"],
  command: { source: Source },
  ctx: DecisionContext,
  data: E["data"],
): E {
  checkSource(command.source, ctx.articles.get(command.source.articleId));
  return { type, data, source: command.source } as E;
}
