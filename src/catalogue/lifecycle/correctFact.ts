import { z } from "zod";
import type { DecisionContext } from "../../domain/DecisionContext";
import { invalid } from "../../domain/DomainError";
import { CERTAINTIES, ENTITY_KINDS } from "../../domain/nodeKinds";
import { INCIDENT_LINKS, STATEMENT_LINKS } from "../../domain/relationTypes";

import type { FactCategory } from "../../domain/streams";
import { COMMAND_CAPS, requireOneOf, resolveNodes } from "../../domain/validate";
import { INCIDENT_KINDS, STATEMENT_KINDS } from "../../domain/vocabulary";
import { endsBeforeItStarts, type Validity } from "../../domain/WorldTime";
import { defineCommand } from "../CommandDefinition";
import type { FactChanges } from "../facts";
import {
  clearableWorldTime,
  inputObject,
  oneOf,
  references,
  source,
  text,
  texts,
  worldTime,
} from "../fields";
import { resolveAffected } from "../incident/reportIncident";
import { eventOnFact, factId, requireCurrentFact, type CurrentFact } from "./currentFact";
import { factCorrected, type FactCorrected } from "./factCorrected";

const ids = (description: string) => references(description, COMMAND_CAPS.linkedIds).optional();

/** New values for some fields of a fact; which apply depends on its category (CORRECTABLE). */
const factChanges = inputObject(
  "FactChangesInput",
  "New values for some fields of a fact. Which apply depends on the fact; null clears a validity bound.",
  {
    name: text("An entity's new name: at most 200 characters.", 200).optional(),
    aliases: texts(
      "An entity's new aliases, replacing them all: at most 50, each at most 200 characters.",
      COMMAND_CAPS.aliases,
      200,
    ).optional(),
    description: text(
      "An entity's or incident's new description: at most 2000 characters.",
      2000,
    ).optional(),
    title: text("An incident's new title: at most 200 characters.", 200).optional(),
    text: text("A statement's new text: at most 2000 characters.", 2000).optional(),
    kind: z.string().optional().meta({
      graphql: "String",
      description: "An incident's new IncidentKind, or a statement's new StatementKind.",
    }),
    occurredAt: worldTime(
      "An incident's or statement's new world time: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant.",
    ).optional(),
    validFrom: clearableWorldTime(
      "A relation's new start in the world: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant; null clears\nit.",
    ),
    validTo: clearableWorldTime(
      "A relation's new end in the world: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant; null clears\nit.",
    ),
    role: text("A relation's new role: at most 200 characters.", 200).optional(),
    certainty: oneOf(
      CERTAINTIES,
      "Certainty",
      "Any fact's new certainty: asserted or inferred.",
    ).optional(),
    affected: ids("An incident's affected hardware, replacing the list: 1 to 100 ids."),
    reportedBy: ids("An incident's reporters, replacing the list: at most 100 ids."),
    speakers: ids("A statement's named speakers, replacing the list: at most 100 ids."),
    about: ids("What a statement is about, replacing the list: at most 100 ids."),
    carriedBy: ids("Who carried a statement, replacing the list: at most 100 ids."),
  },
);
type ChangesInput = z.input<typeof factChanges>;
type ParsedChanges = z.output<typeof factChanges>;

/** The fields a correction may set on each category of fact. */
const CORRECTABLE: Record<Exclude<FactCategory, "article">, readonly (keyof ChangesInput)[]> = {
  entity: ["name", "aliases", "description", "certainty"],
  relation: ["validFrom", "validTo", "role", "certainty"],
  incident: ["kind", "title", "description", "occurredAt", "affected", "reportedBy", "certainty"],
  statement: ["kind", "text", "occurredAt", "speakers", "about", "carriedBy", "certainty"],
  quantity: ["certainty"],
};

/** Changes some fields of a fact, with a reason and a source; a relation keeps its former version. */
export const correctFact = defineCommand({
  type: "CorrectFact",
  summary: "Corrects a fact",
  description:
    "Changes some fields of a fact, with a reason and a source; a relation keeps its former version.",
  inputDescription: "The fact, its changes, the reason and the source.",
  input: z.strictObject({
    factId,
    changes: factChanges.meta({
      graphql: "FactChangesInput",
      inputObject: true,
      description: "What to change: at least one field, each one the fact's kind takes.",
    }),
    reason: text("Why it is corrected: at most 1000 characters.", 1000),
    source: source("The article and sentence the correction rests on."),
  }),
  stream: (command) => command.factId,
  references: ({ changes: c }) => [
    ...(c.affected ?? []),
    ...(c.reportedBy ?? []),
    ...(c.speakers ?? []),
    ...(c.about ?? []),
    ...(c.carriedBy ?? []),
  ],
  decide(command, state, ctx): FactCorrected[] {
    const fact = requireCurrentFact(command.factId, state);
    // A field given is one with a value; null (a validity bound cleared) counts.
    const given = (Object.keys(command.changes) as (keyof ChangesInput)[]).filter(
      (field) => command.changes[field] !== undefined,
    );
    if (given.length === 0) throw invalid("changes", "a correction must change at least one field");
    const allowed = CORRECTABLE[fact.category];
    for (const field of given) {
      if (!allowed.includes(field)) {
        throw invalid(
          `changes.${field}`,
          `a ${fact.category}'s ${field} cannot be corrected; it takes ${allowed.join(", ")}`,
        );
      }
    }
    const changes = resolveChanges(command.changes, new Set(given), fact, ctx);
    const current = fact.data as unknown as Record<string, unknown>;
    const changed = Object.entries(changes).filter(
      ([field, value]) => JSON.stringify(value) !== JSON.stringify(current[field]),
    );
    if (changed.length === 0) throw invalid("changes", "the correction changes nothing");
    const data = { changes: Object.fromEntries(changed) as FactChanges, reason: command.reason };
    return [eventOnFact<FactCorrected>("FactCorrected", command, fact, ctx, data)];
  },
  events: { FactCorrected: factCorrected },
  payload: { type: "FactPayload" },
});

/** The links a correction may replace, each with the relation its targets must fit. */
const LINK_FIELDS = {
  reportedBy: INCIDENT_LINKS.REPORTED_BY,
  speakers: STATEMENT_LINKS.SAID_BY,
  about: STATEMENT_LINKS.ABOUT,
  carriedBy: STATEMENT_LINKS.CARRIED_BY,
} as const;

/** The given changes, resolved against the fact and the nodes they name. */
function resolveChanges(
  input: ParsedChanges,
  given: ReadonlySet<keyof ChangesInput>,
  fact: CurrentFact,
  ctx: DecisionContext,
): FactChanges {
  const at = (field: string) => `changes.${field}`;
  const changes: FactChanges = {};
  for (const field of ["name", "aliases", "description", "title", "text", "role"] as const) {
    if (input[field] !== undefined) (changes as Record<string, unknown>)[field] = input[field];
  }
  if (input.certainty !== undefined) changes.certainty = input.certainty;
  if (input.occurredAt !== undefined) changes.occurredAt = input.occurredAt;
  if (input.kind !== undefined) {
    const kinds =
      fact.category === "incident"
        ? INCIDENT_KINDS
        : fact.category === "statement"
          ? STATEMENT_KINDS
          : ENTITY_KINDS;
    changes.kind = requireOneOf(at("kind"), input.kind, kinds);
  }
  if (given.has("validFrom") || given.has("validTo")) {
    const current = fact.category === "relation" ? fact.data.validity : {};
    const validity: Validity = {
      from: given.has("validFrom") ? (input.validFrom ?? undefined) : current.from,
      to: given.has("validTo") ? (input.validTo ?? undefined) : current.to,
    };
    if (endsBeforeItStarts(validity)) {
      throw invalid(
        at("validTo"),
        `the interval ends (${validity.to?.value}) before it starts (${validity.from?.value})`,
      );
    }
    changes.validity = validity;
  }
  if (input.affected !== undefined)
    changes.affected = resolveAffected(at("affected"), input.affected, ctx);
  for (const field of Object.keys(LINK_FIELDS) as (keyof typeof LINK_FIELDS)[]) {
    const ids = input[field];
    if (ids !== undefined) changes[field] = resolveNodes(at(field), ids, LINK_FIELDS[field], ctx);
  }
  return changes;
}
