import type {
  FactChanges,
  FactCorrected,
  FactCorroborated,
  FactRetracted,
  RelationTarget,
} from "../events/DomainEvent";
import type { CorrectFact, CorroborateFact, FactChangesInput, RetractFact } from "./commands";
import type { DecisionContext } from "./DecisionContext";
import { DomainError, invalid } from "./DomainError";
import type { FactState, LiveFact } from "./FactState";
import { ENTITY_KINDS } from "./nodeKinds";
import { INCIDENT_LINKS, STATEMENT_LINKS } from "./relationTypes";
import { checkSource, normaliseWhitespace } from "./source";
import type { FactCategory } from "./streams";
import {
  certaintyOf,
  COMMAND_CAPS,
  requireAtMost,
  optionalTime,
  requireOneOf,
  requireText,
  requireTime,
  resolveNodes,
} from "./validate";
import { resolveAffected } from "./incidentDecider";
import { INCIDENT_KINDS, STATEMENT_KINDS } from "./vocabulary";
import { endsBeforeItStarts, type Validity } from "./WorldTime";

/** Corroborating, correcting and retracting work the same way on every kind of fact. */

type Live = Extract<FactState, { status: "active" | "retracted" }>;

function requireCurrentFact(factId: string, state: FactState): Live {
  if (state.status === "absent")
    throw new DomainError("not_found", `no fact "${factId}"`, "factId");
  if (state.status === "retracted") {
    throw new DomainError("illegal_state", `fact "${factId}" has been retracted`, "factId");
  }
  if (state.category === "article") {
    throw invalid(
      "factId",
      `"${factId}" is an article: the source itself is neither corrected nor retracted`,
    );
  }
  return state;
}

/** A relation fact's type and ends, carried by the events that change it. */
function relationTarget(fact: Live): { relation?: RelationTarget } {
  if (fact.category !== "relation") return {};
  const { relation, from, to } = fact.data;
  return { relation: { type: relation, from, to } };
}

export function decideCorroborateFact(
  command: CorroborateFact,
  state: FactState,
  ctx: DecisionContext,
): FactCorroborated[] {
  const fact = requireCurrentFact(command.factId, state);
  if (fact.sources.length >= COMMAND_CAPS.sourcesPerFact) {
    throw new DomainError(
      "illegal_state",
      `"${command.factId}" already cites ${fact.sources.length} sources, the most a fact may`,
      "factId",
    );
  }
  checkSource(command.source, ctx.articles.get(command.source.articleId));
  const quote = normaliseWhitespace(command.source.quote);
  if (
    fact.sources.some(
      (s) => s.articleId === command.source.articleId && normaliseWhitespace(s.quote) === quote,
    )
  ) {
    throw new DomainError(
      "already_exists",
      `"${command.factId}" already cites this quote`,
      "source.quote",
    );
  }
  return [
    {
      type: "FactCorroborated",
      data: { factId: command.factId, ...relationTarget(fact) },
      source: command.source,
    },
  ];
}

export function decideRetractFact(
  command: RetractFact,
  state: FactState,
  ctx: DecisionContext,
): FactRetracted[] {
  const fact = requireCurrentFact(command.factId, state);
  const reason = requireText("reason", command.reason, 1000);
  checkSource(command.source, ctx.articles.get(command.source.articleId));
  return [
    {
      type: "FactRetracted",
      data: { factId: command.factId, ...relationTarget(fact), reason },
      source: command.source,
    },
  ];
}

const CORRECTABLE: Record<Exclude<FactCategory, "article">, readonly (keyof FactChangesInput)[]> = {
  entity: ["name", "aliases", "description", "certainty"],
  relation: ["validFrom", "validTo", "role", "certainty"],
  incident: ["kind", "title", "description", "occurredAt", "affected", "reportedBy", "certainty"],
  statement: ["kind", "text", "occurredAt", "speakers", "about", "carriedBy", "certainty"],
};

export function decideCorrectFact(
  command: CorrectFact,
  state: FactState,
  ctx: DecisionContext,
): FactCorrected[] {
  const fact = requireCurrentFact(command.factId, state) as Live &
    Exclude<LiveFact, { category: "article" }>;
  const given = Object.entries(command.changes).filter(([, value]) => value !== undefined);
  if (given.length === 0) throw invalid("changes", "a correction must change at least one field");
  const allowed = CORRECTABLE[fact.category];
  for (const [field] of given) {
    if (!allowed.includes(field as keyof FactChangesInput)) {
      throw invalid(
        `changes.${field}`,
        `a ${fact.category}'s ${field} cannot be corrected; it takes ${allowed.join(", ")}`,
      );
    }
  }
  const changes = resolveChanges(command.changes, fact, ctx);
  const current = fact.data as unknown as Record<string, unknown>;
  const changed = Object.entries(changes).filter(
    ([field, value]) => JSON.stringify(value) !== JSON.stringify(current[field]),
  );
  if (changed.length === 0) throw invalid("changes", "the correction changes nothing");
  const reason = requireText("reason", command.reason, 1000);
  checkSource(command.source, ctx.articles.get(command.source.articleId));
  return [
    {
      type: "FactCorrected",
      data: {
        factId: command.factId,
        ...relationTarget(fact),
        changes: Object.fromEntries(changed) as FactChanges,
        reason,
      },
      source: command.source,
    },
  ];
}

function resolveChanges(
  input: FactChangesInput,
  fact: Exclude<LiveFact, { category: "article" }>,
  ctx: DecisionContext,
): FactChanges {
  const at = (field: string) => `changes.${field}`;
  const changes: FactChanges = {};
  if (input.name !== undefined) changes.name = requireText(at("name"), input.name, 200);
  if (input.aliases !== undefined)
    changes.aliases = requireAtMost(at("aliases"), input.aliases, COMMAND_CAPS.aliases).map(
      (a, i) => requireText(at(`aliases[${i}]`), a, 200),
    );
  if (input.description !== undefined)
    changes.description = requireText(at("description"), input.description, 2000);
  if (input.title !== undefined) changes.title = requireText(at("title"), input.title, 200);
  if (input.text !== undefined) changes.text = requireText(at("text"), input.text, 2000);
  if (input.role !== undefined) changes.role = requireText(at("role"), input.role, 200);
  if (input.certainty !== undefined) changes.certainty = certaintyOf(input.certainty);
  if (input.occurredAt !== undefined)
    changes.occurredAt = requireTime(at("occurredAt"), input.occurredAt);
  if (input.kind !== undefined) {
    const kinds =
      fact.category === "incident"
        ? INCIDENT_KINDS
        : fact.category === "statement"
          ? STATEMENT_KINDS
          : ENTITY_KINDS;
    changes.kind = requireOneOf(at("kind"), input.kind, kinds);
  }
  if (input.validFrom !== undefined || input.validTo !== undefined) {
    const current = fact.category === "relation" ? fact.data.validity : {};
    const validity: Validity = {
      from:
        input.validFrom === undefined
          ? current.from
          : optionalTime(at("validFrom"), input.validFrom),
      to: input.validTo === undefined ? current.to : optionalTime(at("validTo"), input.validTo),
    };
    if (endsBeforeItStarts(validity)) {
      throw invalid(
        at("validTo"),
        `the interval ends (${validity.to?.value}) before it starts (${validity.from?.value})`,
      );
    }
    changes.validity = validity;
  }
  if (input.affected !== undefined) {
    changes.affected = resolveAffected(at("affected"), input.affected, ctx);
  }
  if (input.reportedBy !== undefined) {
    changes.reportedBy = resolveNodes(
      at("reportedBy"),
      input.reportedBy,
      INCIDENT_LINKS.REPORTED_BY,
      ctx,
    );
  }
  if (input.speakers !== undefined) {
    changes.speakers = resolveNodes(at("speakers"), input.speakers, STATEMENT_LINKS.SAID_BY, ctx);
  }
  if (input.about !== undefined)
    changes.about = resolveNodes(at("about"), input.about, STATEMENT_LINKS.ABOUT, ctx);
  if (input.carriedBy !== undefined) {
    changes.carriedBy = resolveNodes(
      at("carriedBy"),
      input.carriedBy,
      STATEMENT_LINKS.CARRIED_BY,
      ctx,
    );
  }
  return changes;
}
