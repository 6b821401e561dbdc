import { z } from "zod";
import { DomainError, invalid } from "../../domain/DomainError";

import { defineCommand } from "../CommandDefinition";
import type { FactState } from "../FactState";
import { oneOf, optionalText, source, text } from "../fields";
import { eventOnFact, factId, requireCurrentFact } from "../lifecycle/currentFact";
import { claimableField } from "./claimableFields";
import type { ClaimRanked } from "./claimEvents";
import { claimProjection } from "./claimProjection";
import { fieldOfClaim, RANKS, withRank } from "./claimState";

/** Ranks a claim: prefers it (the fact takes its value), makes it normal, or deprecates it with a reason. */
export const rankClaim = defineCommand({
  type: "RankClaim",
  summary: "Ranks a claim",
  description:
    "Ranks a claim of a fact: preferred (the fact takes its value; the preferred one before becomes\nnormal), normal, or deprecated with a reason.",
  inputDescription: "The fact, its claim, the rank, the reason and the source.",
  input: z.strictObject({
    factId,
    claimId: text("The claim: occurredAt-2, as the fact's claims list it.", 100),
    rank: oneOf(RANKS, "ClaimRank", "preferred, normal or deprecated."),
    reason: optionalText(
      "Why: required to deprecate a claim or prefer one; at most 1000 characters.",
      1000,
    ),
    source: source("The article and sentence the ranking rests on."),
  }),
  stream: (command) => command.factId,
  references: () => [],
  decide(command, state, ctx): ClaimRanked[] {
    const fact = requireCurrentFact(command.factId, state);
    const field = fieldOfClaim(command.claimId);
    const claim = fact.claims?.[field]?.find((c) => c.claimId === command.claimId);
    if (!claim) {
      throw new DomainError(
        "not_found",
        `"${command.factId}" has no claim ${command.claimId} (a field has claims once a second value was given)`,
        "claimId",
      );
    }
    claimableField(fact.category, field, "claimId");
    if (claim.rank === command.rank)
      throw invalid("rank", `claim ${command.claimId} is ${command.rank} already`);
    if (command.rank !== "normal" && command.reason === undefined)
      throw invalid("reason", `a ${command.rank} claim needs a reason`);
    if (claim.rank === "preferred") {
      throw invalid(
        "rank",
        `claim ${command.claimId} is the preferred one: prefer another claim of ${field} instead`,
      );
    }
    const { claimId, rank, reason } = command;
    const data = { field, claimId, value: claim.value, rank, reason };
    return [eventOnFact<ClaimRanked>("ClaimRanked", command, fact, ctx, data)];
  },
  events: {
    ClaimRanked: {
      type: "ClaimRanked",
      description: "A claim was ranked: preferred, normal, or deprecated with a reason.",
      schemaVersion: 1,
      evolve: (state, event) => evolveClaimRanked(state, event),
      projection: claimProjection.ranked,
    },
  },
  payload: { type: "FactPayload" },
});

function evolveClaimRanked(state: FactState, event: ClaimRanked): FactState {
  if (state.status === "absent" || state.category === "article") return state;
  const { field, claimId, rank, reason } = event.data;
  const claims = withRank(state.claims?.[field] ?? [], claimId, rank, reason);
  const data = state.data as unknown as Record<string, unknown>;
  const preferred = claims.find((claim) => claim.claimId === claimId && rank === "preferred");
  return {
    ...state,
    data: preferred ? claimableField(state.category, field).write(data, preferred.value) : data,
    claims: { ...state.claims, [field]: claims },
  } as unknown as FactState;
}
