import type { z } from "zod";
import { DomainError } from "../domain/DomainError";
import { FIELD } from "./fields";

/** A path as the API names fields: aliases[0], changes.name, source.quote. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((at, key) => {
    if (typeof key === "number") return `${at}[${key}]`;
    return at === "" ? String(key) : `${at}.${String(key)}`;
  }, "");
}

/** What zod says of an input, in a caller's words, one refusal per problem. */
function refusalOf(issue: z.core.$ZodIssue): DomainError {
  const field = fieldPath(issue.path);
  const named = field || "the input";
  let message = issue.message.replaceAll(FIELD, named);
  if (issue.code === "invalid_type" && issue.input === undefined) message = `${named} is required`;
  if (issue.code === "unrecognized_keys") {
    message = `${named} has no field ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
  }
  return new DomainError("validation", message, field || undefined);
}

/** Every problem of an input, in the order of its schema's fields (empty when it is valid). */
export function inputProblems(schema: z.ZodType, input: unknown): DomainError[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map(refusalOf);
}

/** The input as its schema parses it (trimmed, typed), or its first problem, thrown. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw refusalOf(result.error.issues[0]!);
  return result.data;
}
