import type { Command, CommandOfType } from "../../src/catalogue/commands";
import type { ArticleBundle } from "../../src/seed/seedFolder";
type RegisterArticle = CommandOfType<"RegisterArticle">;

/** What the API answered for one command: its receipt (schema/commands.graphql). */
export interface Receipt {
  commandId: string;
  stream: string;
  streamRevision: number;
  positions: number[];
  replayed: boolean;
}

/** What a client means to do: one command with its id, or an article with its facts. */
export type ClientStep =
  { kind: "command"; command: Command; commandId: string } | ({ kind: "article" } & ArticleBundle);

/** A mutation as a client sends it, with the command ids it executes. */
export interface ChaosOperation {
  /** The mutation's field: registerEntity, ingestArticle, ... */
  field: string;
  query: string;
  variables: Record<string, unknown>;
  /** One command id, or an article's and each of its facts' (ingestArticle), in that order. */
  commandIds: string[];
}

const RECEIPT = "commandId stream streamRevision positions replayed";

const fieldOf = (type: string) => `${type[0]!.toLowerCase()}${type.slice(1)}`;

/** GraphQL inputs have the command's fields without its type. */
function inputOf(command: Command): Record<string, unknown> {
  const { type: _type, ...input } = command;
  return input;
}

/**
 * A command as its mutation, with its id (and an expected revision, for a race). An entity is
 * read back as now projected (read-your-writes), so that a kill can fall between the commit and
 * the answer's read.
 */
export function commandOperation(
  command: Command,
  commandId: string,
  expectedRevision?: number,
): ChaosOperation {
  const field = fieldOf(command.type);
  const projected = command.type === "RegisterEntity" ? " entity { id }" : "";
  return {
    field,
    query: `mutation ${command.type}($input: ${command.type}Input!, $commandId: ID, $expectedRevision: Int) {
  ${field}(input: $input, commandId: $commandId, expectedRevision: $expectedRevision) { receipt { ${RECEIPT} }${projected} }
}`,
    variables: {
      input: inputOf(command),
      commandId,
      ...(expectedRevision === undefined ? {} : { expectedRevision }),
    },
    commandIds: [commandId],
  };
}

/** An article and its facts in one ingestArticle; the command ids are the article's own. */
export function ingestOperation(
  article: RegisterArticle,
  facts: ArticleBundle["facts"],
): ChaosOperation {
  return {
    field: "ingestArticle",
    query: `mutation IngestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) { receipts { ${RECEIPT} } }
}`,
    variables: {
      input: {
        article: inputOf(article),
        facts: facts.map(({ factId, command }) => ({
          factId,
          [fieldOf(command.type)]: inputOf(command),
        })),
      },
    },
    // src/commands/ingestArticle.ts: "<articleId>/article", then "<articleId>/<factId>".
    commandIds: [
      `${article.articleId}/article`,
      ...facts.map(({ factId }) => `${article.articleId}/${factId}`),
    ],
  };
}

/** A step as the mutation that performs it. */
export function operationOf(step: ClientStep): ChaosOperation {
  return step.kind === "command"
    ? commandOperation(step.command, step.commandId)
    : ingestOperation(step.article, step.facts);
}

/** The receipts in an operation's data, in the order of its command ids. */
export function receiptsOf(operation: ChaosOperation, data: Record<string, unknown>): Receipt[] {
  const payload = data[operation.field] as { receipt?: Receipt; receipts?: Receipt[] } | null;
  if (!payload) return [];
  return payload.receipts ?? (payload.receipt ? [payload.receipt] : []);
}
