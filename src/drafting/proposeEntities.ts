import type { CandidateEntity } from "./Draft";
import type { Proposal } from "./DraftContext";
import type { AliasCandidate } from "./findCandidates";
import type { KnownMention } from "./Draft";

/**
 * A RegisterEntity for each new candidate, an AddAlias for each longer name of a known entity,
 * and a CorroborateFact for each known entity the article names (its first mention).
 */
export function proposeEntities(
  text: string,
  candidates: readonly CandidateEntity[],
  aliases: readonly AliasCandidate[],
  known: readonly KnownMention[],
): Proposal[] {
  const firstOf = <T extends { entityId: string }>(all: readonly T[]) =>
    all.filter(
      (item, index) => all.findIndex((other) => other.entityId === item.entityId) === index,
    );
  const registered = firstOf(candidates).map((c): Proposal => ({
    id: c.entityId,
    do: "RegisterEntity",
    fields: { entityId: c.entityId, kind: c.kind, name: c.name },
    quote: c.text,
    certainty: "asserted",
    reason: c.reason,
  }));
  const aliased = aliases.map((a): Proposal => ({
    id: `${a.entityId}-alias`,
    do: "AddAlias",
    fields: { entityId: a.entityId, alias: a.alias },
    quote: a.text,
    certainty: "asserted",
    reason: "a longer name of a known entity",
  }));
  const corroborated = firstOf(known).map((m): Proposal => ({
    id: `${m.entityId}-named`,
    do: "CorroborateFact",
    fields: { factId: m.entityId },
    quote: text.slice(m.start, m.end),
    certainty: "asserted",
    reason: `names a known entity (${m.matched})`,
  }));
  return [...registered, ...aliased, ...corroborated];
}
