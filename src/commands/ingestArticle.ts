import type { Command, CommandOfType } from "../catalogue/commands";
import { invalid } from "../domain/DomainError";
import { COMMAND_CAPS, requireAtMost, requireId } from "../domain/validate";
import type { CommandHandler, CommandResult, ExecutionOptions } from "./CommandHandler";

/** A fact's command id: stable across runs, so ingesting the same article again appends nothing. */
export function factCommandId(articleId: string, entryId: string): string {
  return `${articleId}/${entryId}`;
}

export function articleCommandId(articleId: string): string {
  return `${articleId}/article`;
}

export interface ArticleFact {
  /** Stable within the article; the fact's command id is "<articleId>/<factId>". */
  factId: string;
  command: Command;
}

export interface IngestionResult {
  articleId: string;
  /** Events appended now (0 when everything had been ingested before). */
  appendedEvents: number;
  /** Commands that had been executed before and were skipped. */
  replayedCommands: number;
  results: CommandResult[];
}

/**
 * An article and its facts, all or nothing: the article is registered, then every fact is
 * decided against it in one transaction. Every fact must cite this article. Ingesting the same
 * article again appends nothing; a fact added to it later is appended alone.
 */
export async function ingestArticle(
  handler: CommandHandler,
  article: CommandOfType<"RegisterArticle">,
  facts: readonly ArticleFact[],
  options: ExecutionOptions = {},
): Promise<IngestionResult> {
  // All of them are decided and written in one transaction, under the log's lock.
  requireAtMost("facts", facts, COMMAND_CAPS.factsPerIngestion);
  facts.forEach(({ factId, command }, index) => {
    requireId(`facts[${index}].factId`, factId);
    if (command.type === "RegisterArticle") {
      throw invalid(`facts[${index}]`, "an article's facts cannot register another article");
    }
    if (command.source.articleId !== article.articleId) {
      throw invalid(
        `facts[${index}].source.articleId`,
        `a fact ingested with article "${article.articleId}" must cite it, not "${command.source.articleId}"`,
      );
    }
  });
  const results = await handler.executeAll(
    [
      { command: article, commandId: articleCommandId(article.articleId), label: "article" },
      ...facts.map(({ factId, command }, index) => ({
        command,
        commandId: factCommandId(article.articleId, factId),
        label: `facts[${index}] (${factId})`,
      })),
    ],
    { correlationId: `ingest-${article.articleId}`, ...options },
  );
  return {
    articleId: article.articleId,
    appendedEvents: results.filter((r) => !r.replayed).reduce((n, r) => n + r.events.length, 0),
    replayedCommands: results.filter((r) => r.replayed).length,
    results,
  };
}
