import { z } from "zod";
import { DomainError, invalid } from "../../domain/DomainError";

import { defineCommand } from "../CommandDefinition";
import type { FactState } from "../FactState";
import { optionalText, source, text } from "../fields";
import { eventOnFact, factId, requireCurrentFact } from "../lifecycle/currentFact";
import { claimableField, parseClaimValue } from "./claimableFields";
import type { ClaimRecorded } from "./claimEvents";
import { claimProjection } from "./claimProjection";
import { claimsOfField, preferValue, sameValue, withClaim } from "./claimState";

/** Records what a source says of a field of a fact, beside what others say: a dispute, not an edit. */
export const recordClaim = defineCommand({
  type: "RecordClaim",
  summary: "Records a claim",
  description:
    "Records what a source says a field of a fact is, beside what others say: when it disagrees, both are kept, each with its sources and rank.",
  inputDescription: "The fact, the field, the value the source gives it, and the source.",
  input: z.strictObject({
    factId,
    field: text(
      "The field: an incident's occurredAt, kind, title or description; a statement's occurredAt, kind or\ntext; an entity's name or description; a relation's validFrom, validTo or role.",
      50,
    ),
    value: text(
      "The value the source gives it, written as the field is (a world time: YYYY, YYYY-MM, YYYY-MM-DD\nor an ISO 8601 instant).",
      2000,
    ),
    preferred: z.boolean().optional().meta({
      graphql: "Boolean",
      description:
        "True: it becomes the fact's value (the preferred claim before it becomes normal); a reason is\nthen required. Left out: a normal claim, beside the preferred one.",
    }),
    reason: optionalText("Why it is preferred: at most 1000 characters.", 1000),
    source: source("The article and sentence that give the value."),
  }),
  stream: (command) => command.factId,
  references: () => [],
  decide(command, state, ctx): ClaimRecorded[] {
    const fact = requireCurrentFact(command.factId, state);
    const claimable = claimableField(fact.category, command.field);
    const value = parseClaimValue(claimable, command.value, "value");
    const claims = claimsOfField(
      fact.claims,
      command.field,
      claimable.read(fact.data as unknown as Record<string, unknown>),
      fact.sources[0],
    );
    const same = claims.find((claim) => sameValue(claim.value, value));
    if (same) {
      throw new DomainError(
        "already_exists",
        `claim ${same.claimId} of "${command.factId}" already says this: corroborate it (corroborateFact with its claimId)`,
        "value",
        { claimId: same.claimId },
      );
    }
    const preferred = command.preferred ?? false;
    if (preferred && command.reason === undefined)
      throw invalid("reason", "a preferred claim needs a reason: why it is preferred");
    const claimId = `${command.field}-${claims.length + 1}`;
    const data = { field: command.field, claimId, value, preferred, reason: command.reason };
    return [eventOnFact<ClaimRecorded>("ClaimRecorded", command, fact, ctx, data)];
  },
  events: {
    ClaimRecorded: {
      type: "ClaimRecorded",
      description: "A source gave a field of a fact a value: a claim, kept beside the others.",
      schemaVersion: 1,
      evolve: (state, event) => evolveClaimRecorded(state, event),
      projection: claimProjection.recorded,
    },
  },
  payload: { type: "FactPayload" },
});

function evolveClaimRecorded(state: FactState, event: ClaimRecorded): FactState {
  if (state.status === "absent" || state.category === "article") return state;
  const { field, value, preferred, reason } = event.data;
  const claimable = claimableField(state.category, field);
  const data = state.data as unknown as Record<string, unknown>;
  const current = claimsOfField(state.claims, field, claimable.read(data), state.sources[0]);
  const claims = preferred
    ? preferValue(current, field, value, event.source, { rank: "normal", reason: reason ?? "" })
    : withClaim(current, field, value, event.source, undefined);
  return {
    ...state,
    data: preferred ? claimable.write(data, value) : data,
    claims: { ...state.claims, [field]: claims },
  } as unknown as FactState;
}
