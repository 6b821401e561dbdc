import type { Command, CommandOfType } from "../catalogue/commands";
import { DomainError, invalid } from "../domain/DomainError";
import { COMMAND_CAPS, idProblem } from "../domain/validate";
import type { CommandHandler, CommandResult, ExecutionOptions } from "./CommandHandler";
import type { CommandEnvelope } from "./decideCommand";

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

/** An ingestion's command: its place in the input, its entry and what is wrong with it as a fact of the article. */
export type IngestionEnvelope = CommandEnvelope & {
  commandId: string;
  entry: string;
  problems: DomainError[];
};

/**
 * The commands of an ingestion: the article's registration, then each fact, every one with a
 * stable command id, its place (`facts[3]`) and the problems of the ingestion's own rules (an id
 * that is no slug, a fact registering another article or citing another). A dry run lists them
 * all; an ingestion refuses the first.
 */
export function ingestionEnvelopes(
  article: CommandOfType<"RegisterArticle">,
  facts: readonly ArticleFact[],
): IngestionEnvelope[] {
  const tooMany =
    facts.length > COMMAND_CAPS.factsPerIngestion
      ? [
          invalid(
            "facts",
            `facts has ${facts.length} items; at most ${COMMAND_CAPS.factsPerIngestion} are allowed`,
          ),
        ]
      : [];
  return [
    {
      command: article,
      commandId: articleCommandId(article.articleId),
      field: "article",
      entry: "article",
      problems: tooMany,
    },
    ...facts.map(({ factId, command }, index): IngestionEnvelope => {
      const field = `facts[${index}]`;
      const problems: DomainError[] = [];
      const idWrong = idProblem(factId);
      if (idWrong) problems.push(invalid(`${field}.factId`, idWrong));
      if (command.type === "RegisterArticle") {
        problems.push(invalid(field, "an article's facts cannot register another article"));
      } else if (command.source?.articleId !== article.articleId) {
        problems.push(
          invalid(
            `${field}.source.articleId`,
            `a fact ingested with article "${article.articleId}" must cite it, not "${command.source?.articleId}"`,
          ),
        );
      }
      return {
        command,
        commandId: factCommandId(article.articleId, factId),
        field,
        label: `${field} (${factId})`,
        entry: factId,
        problems: problems.map(
          (p) => new DomainError(p.kind, `${field} (${factId}): ${p.message}`, p.field),
        ),
      };
    }),
  ];
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
  const envelopes = ingestionEnvelopes(article, facts);
  const first = envelopes.find((envelope) => envelope.problems.length > 0);
  if (first) throw first.problems[0]!;
  // All of them are decided and written in one transaction, under the log's lock.
  const results = await handler.executeAll(
    envelopes.map(({ command, commandId, field, label }) => ({ command, commandId, field, label })),
    { correlationId: `ingest-${article.articleId}`, ...options },
  );
  return {
    articleId: article.articleId,
    appendedEvents: results.filter((r) => !r.replayed).reduce((n, r) => n + r.events.length, 0),
    replayedCommands: results.filter((r) => r.replayed).length,
    results,
  };
}
