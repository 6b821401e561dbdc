import type { z } from "zod";
import { invalid } from "../../domain/DomainError";
import { INCIDENT_KINDS, STATEMENT_KINDS } from "../../domain/vocabulary";
import { parseInput } from "../parseInput";
import type { LiveFact } from "../FactState";
import { oneOf, text, worldTime } from "../fields";
import type { ClaimValue } from "./claimState";

/**
 * The fields of each category of fact that sources may disagree on, each a single value: how a
 * claimed value is read from a text (the same checks as the command that states the fact), and
 * where the fact's data keeps it.
 */
interface ClaimableField {
  /** Parses a claimed value given as text (a world time, a kind, a title...). */
  schema: z.ZodType<ClaimValue, string>;
  read(data: Record<string, unknown>): ClaimValue;
  write(data: Record<string, unknown>, value: ClaimValue): Record<string, unknown>;
}

const plain = (field: string, schema: z.ZodType<ClaimValue, string>): ClaimableField => ({
  schema,
  read: (data) => (data[field] as ClaimValue | undefined) ?? null,
  write: (data, value) => ({ ...data, [field]: value ?? undefined }),
});

/** A relation's validity bound (validity.from or .to). */
const bound = (end: "from" | "to"): ClaimableField => ({
  schema: worldTime("A validity bound."),
  read: (data) => (data.validity as Record<string, ClaimValue> | undefined)?.[end] ?? null,
  write: (data, value) => ({
    ...data,
    validity: { ...(data.validity as object), [end]: value ?? undefined },
  }),
});

const name = text("A name.", 200);
const description = text("A description.", 2000);
const occurredAt = worldTime("A world time.");

export const CLAIMABLE_FIELDS: Record<
  Exclude<LiveFact["category"], "article">,
  Record<string, ClaimableField>
> = {
  entity: { name: plain("name", name), description: plain("description", description) },
  incident: {
    kind: plain("kind", oneOf(INCIDENT_KINDS, "IncidentKind", "An incident's kind.")),
    title: plain("title", text("A title.", 200)),
    description: plain("description", description),
    occurredAt: plain("occurredAt", occurredAt),
  },
  statement: {
    kind: plain("kind", oneOf(STATEMENT_KINDS, "StatementKind", "A statement's kind.")),
    text: plain("text", text("A text.", 2000)),
    occurredAt: plain("occurredAt", occurredAt),
  },
  quantity: {},
  relation: {
    validFrom: bound("from"),
    validTo: bound("to"),
    role: plain("role", text("A role.", 200)),
  },
};

type Category = keyof typeof CLAIMABLE_FIELDS;

/** The claimable field of a fact's category, or a refusal naming those it has. */
export function claimableField(category: Category, field: string, at = "field"): ClaimableField {
  const fields = CLAIMABLE_FIELDS[category];
  const found = Object.hasOwn(fields, field) ? fields[field] : undefined;
  if (!found) {
    throw invalid(
      at,
      `a ${category}'s ${field} takes no claims; its claimable fields are ${Object.keys(fields).join(", ")}`,
    );
  }
  return found;
}

/** A claimed value given as text, parsed as its field's values are (refused naming `at`). */
export function parseClaimValue(field: ClaimableField, value: string, at: string): ClaimValue {
  try {
    return parseInput(field.schema, value);
  } catch (error) {
    const { message } = error as Error;
    throw invalid(at, message.replaceAll("the input", at));
  }
}
