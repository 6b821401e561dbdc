import { randomUUID } from "node:crypto";
import type { CommandEnvelope, CommandResult } from "../../commands/CommandHandler";
import { UnitAbandoned } from "../../commands/GroupCommit";
import { ingestArticle, type ArticleFact } from "../../commands/ingestArticle";
import type { Command, FactChangesInput } from "../../domain/commands";
import { DomainError } from "../../domain/DomainError";
import type { Source } from "../../domain/source";
import { factIdOf } from "../../domain/streams";
import { badInput, commandAbandoned, domainErrorToGraphQL } from "../errors";
import { RequestScope } from "../RequestScope";
import type { GraphQLContext } from "../context";
import type {
  ArticleFactInput,
  FactChangesInput as FactChangesGraphQLInput,
  Resolvers,
  SourceInput,
} from "../generated/resolvers-types";
import { readProjected } from "../readYourWrites";

/** GraphQL inputs use null for "not given"; commands use undefined. */
function defined<T extends object>(input: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as never;
}

const sourceOf = (source: SourceInput): Source => defined(source);

/** Validity bounds keep an explicit null: it clears the bound. */
function changesOf(changes: FactChangesGraphQLInput): FactChangesInput {
  const { validFrom, validTo, ...rest } = changes;
  return {
    ...defined(rest),
    ...(validFrom !== undefined ? { validFrom } : {}),
    ...(validTo !== undefined ? { validTo } : {}),
  };
}

/**
 * A command's refusal names the offending field within its `input` argument ("input.source.quote").
 * A command whose request ended before it was written says whether it may still be, and the
 * command id to send it again with (it is then executed once).
 */
async function refusedAsInput<T>(work: () => Promise<T>, commandId?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) throw domainErrorToGraphQL(error, "input");
    if (error instanceof UnitAbandoned) {
      throw commandAbandoned(error, RequestScope.current()?.timeoutMs ?? 0, commandId);
    }
    throw error;
  }
}

/** What a command waits for at most: the time left of its request (HTTP or graphql-ws). */
const requestSignal = () => RequestScope.current()?.signal;

async function run(
  context: GraphQLContext,
  command: Command,
  options: { commandId?: string | null; expectedRevision?: number | null },
): Promise<CommandResult> {
  // Given here when the client gave none, so that a timed-out answer can name it.
  const envelope: CommandEnvelope = { command, commandId: options.commandId || randomUUID() };
  if (options.expectedRevision !== null && options.expectedRevision !== undefined) {
    if (!Number.isInteger(options.expectedRevision) || options.expectedRevision < 0) {
      throw badInput("expectedRevision must be 0 (a new stream) or more", "expectedRevision");
    }
    envelope.expectedRevision = options.expectedRevision;
  }
  return refusedAsInput(
    () =>
      context.services.commands.execute(envelope, {
        actor: context.principal.subject,
        signal: requestSignal(),
      }),
    envelope.commandId,
  );
}

/** One article fact: exactly one command field must be set. */
function factCommand(fact: ArticleFactInput, index: number): Command {
  const { factId: _factId, ...commands } = fact;
  const given = Object.entries(commands).filter(
    ([, value]) => value !== null && value !== undefined,
  );
  if (given.length !== 1) {
    throw badInput(
      `facts[${index}] must set exactly one command (registerEntity, linkEntities, ...), not ${given.length}`,
      `input.facts[${index}]`,
    );
  }
  const [name, value] = given[0] as [string, Record<string, unknown> & { source: SourceInput }];
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}` as Command["type"];
  if (type === "CorrectFact") {
    const { changes, ...rest } = value as unknown as { changes: FactChangesGraphQLInput };
    return {
      type,
      ...defined(rest),
      changes: changesOf(changes),
      source: sourceOf(value.source),
    } as Command;
  }
  return { type, ...defined(value), source: sourceOf(value.source) } as Command;
}

/**
 * The stream a command about a recorded fact writes to: commands take the fact's id (zvezda), as
 * history and sources do, or its stream. An id that names no recorded fact is left as given, for
 * the decider to refuse (NOT_FOUND) or, in an ingestion, to find among the facts before it.
 */
async function factStreamOf(context: GraphQLContext, factId: string): Promise<string> {
  return (await context.services.store.factStream(factId)) ?? factId;
}

async function withFactStream(context: GraphQLContext, command: Command): Promise<Command> {
  switch (command.type) {
    case "CorroborateFact":
    case "CorrectFact":
    case "RetractFact":
      return { ...command, factId: await factStreamOf(context, command.factId) };
    default:
      return command;
  }
}

export const commandResolvers: Resolvers = {
  Mutation: {
    registerArticle: async (_root, { input, ...options }, context) => ({
      receipt: await run(context, { type: "RegisterArticle", ...defined(input) }, options),
      articleId: input.articleId,
    }),
    registerEntity: async (_root, { input, ...options }, context) => ({
      receipt: await run(
        context,
        { type: "RegisterEntity", ...defined(input), source: sourceOf(input.source) },
        options,
      ),
      entityId: input.entityId,
    }),
    linkEntities: async (_root, { input, ...options }, context) => {
      const receipt = await run(
        context,
        { type: "LinkEntities", ...defined(input), source: sourceOf(input.source) },
        options,
      );
      return { receipt, relationId: receipt.stream.replace(/^relation-/, "") };
    },
    reportIncident: async (_root, { input, ...options }, context) => ({
      receipt: await run(
        context,
        { type: "ReportIncident", ...defined(input), source: sourceOf(input.source) },
        options,
      ),
      incidentId: input.incidentId,
    }),
    recordIncidentUpdate: async (_root, { input, ...options }, context) => ({
      receipt: await run(
        context,
        { type: "RecordIncidentUpdate", ...defined(input), source: sourceOf(input.source) },
        options,
      ),
      incidentId: input.incidentId,
    }),
    recordStatement: async (_root, { input, ...options }, context) => ({
      receipt: await run(
        context,
        { type: "RecordStatement", ...defined(input), source: sourceOf(input.source) },
        options,
      ),
      statementId: input.statementId,
    }),
    corroborateFact: async (_root, { input, ...options }, context) => ({
      receipt: await run(
        context,
        {
          type: "CorroborateFact",
          factId: await factStreamOf(context, input.factId),
          source: sourceOf(input.source),
        },
        options,
      ),
      factId: factIdOf(input.factId),
    }),
    correctFact: async (_root, { input, ...options }, context) => ({
      receipt: await run(
        context,
        {
          type: "CorrectFact",
          factId: await factStreamOf(context, input.factId),
          changes: changesOf(input.changes),
          reason: input.reason,
          source: sourceOf(input.source),
        },
        options,
      ),
      factId: factIdOf(input.factId),
    }),
    retractFact: async (_root, { input, ...options }, context) => ({
      receipt: await run(
        context,
        {
          type: "RetractFact",
          factId: await factStreamOf(context, input.factId),
          reason: input.reason,
          source: sourceOf(input.source),
        },
        options,
      ),
      factId: factIdOf(input.factId),
    }),
    ingestArticle: async (_root, { input }, context) => {
      const facts: ArticleFact[] = await Promise.all(
        input.facts.map(async (fact, index) => ({
          factId: fact.factId,
          command: await withFactStream(context, factCommand(fact, index)),
        })),
      );
      const result = await refusedAsInput(() =>
        ingestArticle(
          context.services.commands,
          { type: "RegisterArticle", ...defined(input.article) },
          facts,
          { actor: context.principal.subject, signal: requestSignal() },
        ),
      );
      return {
        articleId: result.articleId,
        appendedEvents: result.appendedEvents,
        replayedCommands: result.replayedCommands,
        receipts: result.results,
      };
    },
  },
  CommandReceipt: {
    factId: (receipt) => factIdOf(receipt.stream),
    positions: (receipt) => receipt.events.map((e) => e.position),
    eventIds: (receipt) => receipt.events.map((e) => e.id),
    eventTypes: (receipt) => receipt.events.map((e) => e.type),
  },
  RegisterArticlePayload: {
    article: (payload, _args, context, info) =>
      readProjected(info, context, "articles", payload.articleId),
  },
  RegisterEntityPayload: {
    entity: (payload, _args, context, info) =>
      readProjected(info, context, "entities", payload.entityId),
  },
  LinkEntitiesPayload: {
    relation: (payload, _args, context) =>
      context.services.explorer.relationById(payload.relationId),
  },
  ReportIncidentPayload: {
    incident: (payload, _args, context, info) =>
      readProjected(info, context, "incidents", payload.incidentId),
  },
  RecordIncidentUpdatePayload: {
    incident: (payload, _args, context, info) =>
      readProjected(info, context, "incidents", payload.incidentId),
  },
  RecordStatementPayload: {
    statement: (payload, _args, context, info) =>
      readProjected(info, context, "statements", payload.statementId),
  },
  IngestArticlePayload: {
    article: (payload, _args, context, info) =>
      readProjected(info, context, "articles", payload.articleId),
  },
};
