import { randomUUID } from "node:crypto";
import type { GraphQLFieldResolver } from "graphql";
import { z } from "zod";
import { mutationName, type Catalogue } from "../../catalogue/Catalogue";
import type { CommandDefinition, PayloadRead } from "../../catalogue/CommandDefinition";
import { CATALOGUE, type Command, type CommandOfType } from "../../catalogue/commands";
import type { CommandEnvelope, CommandResult } from "../../commands/CommandHandler";
import { UnitAbandoned } from "../../commands/GroupCommit";
import { ingestArticle, type ArticleFact } from "../../commands/ingestArticle";
import { DomainError } from "../../domain/DomainError";
import { factIdOf } from "../../domain/streams";
import { articleUnit, dryRunArticles, graphTarget } from "../../dryrun/dryRunArticles";
import { badInput, codeOfKind, commandAbandoned, domainErrorToGraphQL } from "../errors";
import { RequestScope } from "../RequestScope";
import type { GraphQLContext } from "../context";
import type {
  ArticleFactInput,
  MutationRegisterEntityArgs,
  Resolvers,
} from "../generated/resolvers-types";
import { readProjected } from "../readYourWrites";
import type { CommandPayloadModel, IngestionPayloadModel } from "./payloadModels";

/**
 * The mutations, one per command of the catalogue, and their payloads: every command is run the
 * same way (its input as a command, its fact ids resolved to streams, the receipt and the fact's
 * id as the answer); a payload reads the fact as now projected where its command says.
 */

/** commandId and expectedRevision, the same on every command's mutation. */
type CommandArguments = Omit<MutationRegisterEntityArgs, "input"> & {
  input: Record<string, unknown>;
};
type Resolver = GraphQLFieldResolver<unknown, GraphQLContext, CommandArguments>;

/**
 * GraphQL inputs use null for "not given"; commands use undefined. A null is kept only where the
 * field takes one (a correction's validity bound: null clears it).
 */
function withoutNulls(schema: z.ZodType, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const shape = schema instanceof z.ZodObject ? (schema.shape as z.ZodRawShape) : {};
  const entries = Object.entries(value).flatMap(([key, field]) => {
    const fieldSchema = shape[key] as z.ZodType | undefined;
    if (field === null && !fieldSchema?.safeParse(null).success) return [];
    return [[key, fieldSchema ? withoutNulls(unwrapped(fieldSchema), field) : field]];
  });
  return Object.fromEntries(entries);
}

/** The object schema inside an optional one (`changes`, `source`). */
function unwrapped(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

/**
 * The input as a command. A fact it names by id (a lifecycle command's factId: zvezda) is
 * resolved to its stream by the command handler, as on every other route.
 */
function commandOf(definition: CommandDefinition, input: Record<string, unknown>): Command {
  return { type: definition.type, ...(withoutNulls(definition.input, input) as object) } as Command;
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

function envelopeOf(command: Command, args: CommandArguments): CommandEnvelope {
  // Given here when the client gave none, so that a timed-out answer can name it.
  const envelope: CommandEnvelope = { command, commandId: args.commandId || randomUUID() };
  const expected = args.expectedRevision;
  if (expected !== null && expected !== undefined) {
    if (!Number.isInteger(expected) || expected < 0) {
      throw badInput("expectedRevision must be 0 (a new stream) or more", "expectedRevision");
    }
    envelope.expectedRevision = expected;
  }
  return envelope;
}

function mutationOf(definition: CommandDefinition): Resolver {
  return async (_root, args, context): Promise<CommandPayloadModel> => {
    const command = commandOf(definition, args.input);
    const envelope = envelopeOf(command, args);
    const receipt = await refusedAsInput(
      () =>
        context.services.commands.execute(envelope, {
          actor: context.principal.subject,
          signal: requestSignal(),
        }),
      envelope.commandId,
    );
    return { receipt, factId: factIdOf(receipt.stream) };
  };
}

function readOf(read: PayloadRead): GraphQLFieldResolver<CommandPayloadModel, GraphQLContext> {
  if (read === "relation")
    return (payload, _args, context) => context.services.explorer.relationById(payload.factId);
  return (payload, _args, context, info) => readProjected(info, context, read, payload.factId);
}

/** One article fact: exactly one command field must be set. */
function factCommand(catalogue: Catalogue, fact: ArticleFactInput, index: number): Command {
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
  const [name, value] = given[0] as [string, Record<string, unknown>];
  const definition = catalogue.commandOfMutation(name);
  if (!definition) throw new Error(`ArticleFactInput.${name} runs no command of the catalogue`);
  return commandOf(definition, value);
}

const ingestArticleResolver = (catalogue: Catalogue): Resolver =>
  (async (
    _root,
    { input, dryRun }: { input: Record<string, unknown>; dryRun?: boolean | null },
    context,
  ) => {
    const { article, facts: inputs } = input as {
      article: Record<string, unknown>;
      facts: ArticleFactInput[];
    };
    const facts: ArticleFact[] = inputs.map((fact, index) => ({
      factId: fact.factId,
      command: factCommand(catalogue, fact, index),
    }));
    const registration = commandOf(
      catalogue.command("RegisterArticle"),
      article,
    ) as CommandOfType<"RegisterArticle">;
    if (dryRun) return dryRunPayload(context, catalogue, registration, facts);
    const result = await refusedAsInput(() =>
      ingestArticle(context.services.commands, registration, facts, {
        actor: context.principal.subject,
        signal: requestSignal(),
      }),
    );
    const payload: IngestionPayloadModel = {
      articleId: result.articleId,
      dryRun: false,
      appendedEvents: result.appendedEvents,
      replayedCommands: result.replayedCommands,
      receipts: result.results,
      problems: [],
      suggestions: [],
      wouldAppend: [],
      logPosition: null,
    };
    return payload;
  }) as Resolver;

/** An ingestion decided and not written: every problem, the suggestions, what would be appended. */
async function dryRunPayload(
  context: GraphQLContext,
  catalogue: Catalogue,
  article: CommandOfType<"RegisterArticle">,
  facts: readonly ArticleFact[],
): Promise<IngestionPayloadModel> {
  const { commands, driver, database } = context.services;
  const report = await dryRunArticles(graphTarget(commands, driver, database, catalogue), [
    articleUnit(article, facts),
  ]);
  return {
    articleId: article.articleId,
    dryRun: true,
    appendedEvents: 0,
    replayedCommands: report.planned.filter((p) => p.replayed).length,
    receipts: [],
    problems: report.problems.map((problem) => ({
      entry: problem.entry,
      field: problem.field ?? null,
      code: codeOfKind(problem.kind),
      message: problem.message,
    })),
    suggestions: report.suggestions,
    wouldAppend: report.planned,
    logPosition: report.head,
  };
}

/** The resolvers of the catalogue's mutations and payloads, and of the ingestion. */
export function commandResolvers(catalogue: Catalogue = CATALOGUE): Resolvers {
  const mutations: Record<string, Resolver> = {};
  const payloads: Record<string, Record<string, unknown>> = {};
  for (const definition of catalogue.commands) {
    mutations[mutationName(definition.type)] = mutationOf(definition);
    const { type, fact } = definition.payload;
    if (fact) payloads[type] = { [fact.field]: readOf(fact.read) };
  }
  return {
    Mutation: { ...mutations, ingestArticle: ingestArticleResolver(catalogue) },
    CommandReceipt: {
      positions: (receipt: CommandResult) => receipt.events.map((e) => e.position),
      eventIds: (receipt: CommandResult) => receipt.events.map((e) => e.id),
      eventTypes: (receipt: CommandResult) => receipt.events.map((e) => e.type),
    },
    IngestArticlePayload: {
      article: (payload, _args, context, info) =>
        readProjected(info, context, "articles", payload.articleId),
    },
    ...payloads,
  } as Resolvers;
}
