import type { DecisionContext } from "./DecisionContext";
import { DomainError, invalid } from "./DomainError";
import type { NodeKind } from "./nodeKinds";
import type { NodeRef } from "./NodeRef";
import { ID_PATTERN } from "./streams";

/**
 * Checks the deciders share beyond their inputs' schemas (src/catalogue/fields.ts): ids derived
 * from the input, references resolved against the context, and how much one command may carry.
 * Each throws a DomainError naming the field.
 */

/**
 * How much one command may carry. Commands are decided and written under the log's lock, so
 * what one carries is time every other writer waits (an ingestion of 6,000 facts held it 8 s).
 */
export const COMMAND_CAPS = {
  /** A command id (idempotency key), in characters. */
  commandIdLength: 200,
  /** Aliases of an entity. */
  aliases: 50,
  /** Ids in one list of a fact: affected, reportedBy, speakers, about, carriedBy. */
  linkedIds: 100,
  /** A quote, in characters: a sentence or two of its article, not the article. */
  quoteLength: 2000,
  /** Sources of one fact: the first and its corroborations. */
  sourcesPerFact: 100,
  /** Facts of one article ingestion: as many as one group commit writes at most. */
  factsPerIngestion: 1000,
} as const;

/** The longest id: ids appear in URLs, stream names and Cypher. */
export const MAX_ID_LENGTH = 120;

/** Why a value is not an id, or undefined when it is one. */
export function idProblem(value: string): string | undefined {
  return ID_PATTERN.test(value) && value.length <= MAX_ID_LENGTH
    ? undefined
    : `"${value}" is not an id: use lower-case letters, digits and single dashes (at most ${MAX_ID_LENGTH})`;
}

export function requireId(field: string, value: string): string {
  const problem = idProblem(value);
  if (problem) throw invalid(field, problem);
  return value;
}

/** A whole number from min to max, or a refusal naming the field. */
export function requireBetween(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw invalid(field, `${field} must be between ${min} and ${max}`);
  return value;
}

/** A list of at most `max` items. */
export function requireAtMost<T>(field: string, list: readonly T[] | undefined, max: number) {
  const items = list ?? [];
  if (items.length > max)
    throw invalid(field, `${field} has ${items.length} items; at most ${max} are allowed`);
  return items;
}

export function requireCommandId(value: string): string {
  if (value.length > COMMAND_CAPS.commandIdLength) {
    throw invalid(
      "commandId",
      `a command id has at most ${COMMAND_CAPS.commandIdLength} characters, not ${value.length}`,
    );
  }
  return value;
}

export function requireOneOf<T extends string>(
  field: string,
  value: string,
  allowed: readonly T[],
): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalid(field, `"${value}" is not one of ${allowed.join(", ")}`);
  }
  return value as T;
}

/** How many merges a redirect may go through: a chain longer than this is a defect. */
const MAX_REDIRECTS = 16;

/**
 * The current node an id names: a merged entity's id names the entity it was merged into (a
 * redirect); unknown or retracted ids are refused.
 */
export function resolveNode(field: string, id: string, ctx: DecisionContext): NodeRef {
  let current = id;
  for (let hops = 0; hops <= MAX_REDIRECTS; hops++) {
    const node = ctx.nodes.get(current);
    if (!node) {
      throw new DomainError(
        "not_found",
        `${field}: no entity, incident or statement "${current}"`,
        field,
      );
    }
    if (node.retracted)
      throw new DomainError("illegal_state", `${field}: "${current}" has been retracted`, field);
    if (node.mergedInto === undefined) return { id: current, kind: node.kind };
    current = node.mergedInto;
  }
  throw new Error(`"${id}" redirects through more than ${MAX_REDIRECTS} merges`);
}

/** Resolves a list of ids, each of an allowed kind, without duplicates. */
export function resolveNodes(
  field: string,
  ids: readonly string[] | undefined,
  allowed: readonly NodeKind[],
  ctx: DecisionContext,
): NodeRef[] {
  const seen = new Set<string>();
  return (ids ?? []).map((id, index) => {
    const at = `${field}[${index}]`;
    if (seen.has(id)) throw invalid(at, `"${id}" is listed twice`);
    seen.add(id);
    const ref = resolveNode(at, id, ctx);
    if (!allowed.includes(ref.kind)) {
      throw invalid(at, `"${id}" is a ${ref.kind}; ${field} takes ${allowed.join(", ")}`);
    }
    return ref;
  });
}
