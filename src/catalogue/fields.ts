import { z } from "zod";
import { CERTAINTIES } from "../domain/nodeKinds";
import { idProblem } from "../domain/validate";
import { parseWorldTime, type WorldTime } from "../domain/WorldTime";

/**
 * The building blocks of a command's input schema. Each is a zod schema that validates (with the
 * messages a caller sees, `{field}` standing for the field's path) and carries what the SDL of
 * the command needs: its GraphQL type and description. A command's input is declared once with
 * them; its TypeScript type, its validation, the seed format and its GraphQL input follow.
 */

/** What the SDL generator reads off a field: its GraphQL type (without the outer `!`) and description. */
export interface FieldMeta {
  graphql: string;
  description: string;
  /** A named input object: the generator writes its `input` type. */
  inputObject?: true;
  /** The most characters (text) or items (lists) the field takes. */
  max?: number;
  [key: string]: unknown;
}

/** The field's path in messages: "aliases[0]", "changes.name", "source.quote". */
export const FIELD = "{field}";

export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  return z.globalRegistry.get(schema) as FieldMeta | undefined;
}

const refuse = (ctx: z.RefinementCtx, message: string) => {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
};

/** An id this command gives a new fact: a lower-case slug. */
export function newId(description: string) {
  return z
    .string()
    .check(
      z.refine((value) => idProblem(value) === undefined, {
        error: (issue) => idProblem(String(issue.input)),
      }),
    )
    .meta({ graphql: "ID", description });
}

/** The id of a fact the command refers to: whether it exists is the decision's to say. */
export function reference(description: string) {
  return z.string().meta({ graphql: "ID", description });
}

/** Ids of facts the command refers to, at most `max`. */
export function references(description: string, max: number) {
  return atMost(z.array(z.string()), max).meta({ graphql: "[ID!]", description, max });
}

function atMost<T extends z.ZodArray>(schema: T, max: number) {
  return schema.check(
    z.refine((items: unknown[]) => items.length <= max, {
      error: (issue) =>
        `${FIELD} has ${(issue.input as unknown[]).length} items; at most ${max} are allowed`,
    }),
  );
}

/** Text of at most `max` characters, not blank; kept trimmed. */
export function text(description: string, max: number) {
  return z
    .string()
    .transform((value, ctx) => {
      const trimmed = value.trim();
      if (trimmed.length === 0) return refuse(ctx, `${FIELD} must not be empty`);
      if (trimmed.length > max) return refuse(ctx, `${FIELD} is longer than ${max} characters`);
      return trimmed;
    })
    .meta({ graphql: "String", description, max });
}

/** Optional text: left out, or blank, is none. */
export function optionalText(description: string, max: number) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      const trimmed = value?.trim();
      if (trimmed === undefined || trimmed === "") return undefined;
      if (trimmed.length > max) return refuse(ctx, `${FIELD} is longer than ${max} characters`);
      return trimmed;
    })
    .meta({ graphql: "String", description, max });
}

/** Texts of at most `maxLength` characters each, at most `maxItems` of them. */
export function texts(description: string, maxItems: number, maxLength: number) {
  const item = z.string().transform((value, ctx) => {
    const trimmed = value.trim();
    if (trimmed.length === 0) return refuse(ctx, `${FIELD} must not be empty`);
    if (trimmed.length > maxLength)
      return refuse(ctx, `${FIELD} is longer than ${maxLength} characters`);
    return trimmed;
  });
  return atMost(z.array(item), maxItems).meta({
    graphql: "[String!]",
    description,
    max: maxItems,
  });
}

/** A world time given as text, parsed with its precision (an unreadable one is refused). */
function parsedWorldTime(value: string, ctx: z.RefinementCtx): WorldTime {
  const parsed = parseWorldTime(value);
  return "error" in parsed ? refuse(ctx, parsed.error) : parsed;
}

/** A world time: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant, with its precision. */
export function worldTime(description: string) {
  return z.string().transform(parsedWorldTime).meta({ graphql: "String", description });
}

/** An optional world time: left out, null or "" is none. */
export function optionalWorldTime(description: string) {
  return z
    .string()
    .nullable()
    .optional()
    .transform((value, ctx): WorldTime | undefined =>
      value === undefined || value === null || value === ""
        ? undefined
        : parsedWorldTime(value, ctx),
    )
    .meta({ graphql: "String", description });
}

/** A world time that a correction may clear: null or "" clears it (null), left out keeps it (undefined). */
export function clearableWorldTime(description: string) {
  return z
    .string()
    .nullable()
    .optional()
    .transform((value, ctx): WorldTime | null | undefined => {
      if (value === undefined) return undefined;
      return value === null || value === "" ? null : parsedWorldTime(value, ctx);
    })
    .meta({ graphql: "String", description });
}

/** One of a closed vocabulary, a GraphQL enum of that name. */
export function oneOf<const T extends string>(
  values: readonly T[],
  graphqlEnum: string,
  description: string,
) {
  return z
    .string()
    .check(
      z.refine((value) => (values as readonly string[]).includes(value), {
        error: (issue) => `"${String(issue.input)}" is not one of ${values.join(", ")}`,
      }),
    )
    .meta({ graphql: graphqlEnum, description }) as unknown as z.ZodType<T, T>;
}

/** How sure the source is: asserted (the default) or inferred. */
export const certainty = oneOf(
  CERTAINTIES,
  "Certainty",
  "asserted (the default) or inferred: the source's note then says why it follows.",
)
  .optional()
  .transform((value) => value ?? "asserted");

/**
 * A named input object of the API (SourceInput, FactChangesInput): `typeDescription` describes the
 * type; a field of that type is described where it is used (`described`).
 */
export function inputObject<S extends z.ZodRawShape>(
  name: string,
  typeDescription: string,
  shape: S,
) {
  return z
    .strictObject(shape)
    .meta({ graphql: name, description: typeDescription, typeDescription, inputObject: true });
}

/** The same field with another description (a SourceInput that states a correction...). */
export function described<T extends z.ZodType>(schema: T, description: string): T {
  return schema.meta({ ...fieldMeta(schema)!, description }) as T;
}

/** Where a fact comes from; whether the quote occurs in the article is the decision's to check. */
export const sourceInput = inputObject(
  "SourceInput",
  "Where a fact comes from: an article and a sentence of it (which must occur in its text).",
  {
    articleId: reference(
      "The cited article's id: it must be registered (ingestArticle registers it first).",
    ),
    quote: z.string().meta({
      graphql: "String",
      description:
        "The sentence, or the part of it, that states the fact, as the article has it (runs of whitespace\nmay differ): at most 2000 characters.",
    }),
    note: z
      .string()
      .optional()
      .meta({ graphql: "String", description: "Why an inferred fact follows from the quote." }),
  },
);

/** The source field of a fact command. */
export function source(description = "The article and sentence that state it.") {
  return described(sourceInput, description);
}
