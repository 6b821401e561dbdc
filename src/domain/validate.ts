import type { NodeRef } from "../events/DomainEvent";
import type { DecisionContext } from "./DecisionContext";
import { DomainError, invalid } from "./DomainError";
import { CERTAINTIES, type Certainty, type NodeKind } from "./nodeKinds";
import { ID_PATTERN } from "./streams";
import { parseWorldTime, type WorldTime } from "./WorldTime";

/** Field checks shared by the deciders; each throws a DomainError naming the field. */

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

export function requireId(field: string, value: string): string {
  if (!ID_PATTERN.test(value) || value.length > 120) {
    throw invalid(
      field,
      `"${value}" is not an id: use lower-case letters, digits and single dashes (at most 120)`,
    );
  }
  return value;
}

export function requireText(field: string, value: string | undefined, max = 500): string {
  const text = (value ?? "").trim();
  if (text.length === 0) throw invalid(field, `${field} must not be empty`);
  if (text.length > max) throw invalid(field, `${field} is longer than ${max} characters`);
  return text;
}

export function optionalText(
  field: string,
  value: string | undefined,
  max = 2000,
): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : requireText(field, value, max);
}

export function requireTime(field: string, value: string): WorldTime {
  const parsed = parseWorldTime(value);
  if ("error" in parsed) throw invalid(field, parsed.error);
  return parsed;
}

export function optionalTime(
  field: string,
  value: string | null | undefined,
): WorldTime | undefined {
  return value === undefined || value === null || value === ""
    ? undefined
    : requireTime(field, value);
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

export function certaintyOf(value: string | undefined): Certainty {
  return value === undefined ? "asserted" : requireOneOf("certainty", value, CERTAINTIES);
}

/** The current node an id names; unknown or retracted ids are refused. */
export function resolveNode(field: string, id: string, ctx: DecisionContext): NodeRef {
  const node = ctx.nodes.get(id);
  if (!node)
    throw new DomainError("not_found", `${field}: no entity, incident or statement "${id}"`, field);
  if (node.retracted)
    throw new DomainError("illegal_state", `${field}: "${id}" has been retracted`, field);
  return { id, kind: node.kind };
}

/** Resolves a list of ids, each of an allowed kind, without duplicates. */
export function resolveNodes(
  field: string,
  ids: readonly string[] | undefined,
  allowed: readonly NodeKind[],
  ctx: DecisionContext,
): NodeRef[] {
  const list = requireAtMost(field, ids, COMMAND_CAPS.linkedIds);
  const seen = new Set<string>();
  return list.map((id, index) => {
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
