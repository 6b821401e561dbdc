import type { IncidentReported, IncidentUpdateRecorded, NodeRef } from "../events/DomainEvent";
import type { RecordIncidentUpdate, ReportIncident } from "./commands";
import type { DecisionContext } from "./DecisionContext";
import { DomainError, invalid } from "./DomainError";
import type { FactState } from "./FactState";
import { INCIDENT_LINKS } from "./relationTypes";
import { checkSource } from "./source";
import {
  certaintyOf,
  optionalText,
  optionalTime,
  requireId,
  requireOneOf,
  requireText,
  requireTime,
  resolveNodes,
} from "./validate";
import { INCIDENT_KINDS, INCIDENT_UPDATE_KINDS } from "./vocabulary";
import { earliestInstant, latestInstant } from "./WorldTime";

/** What an incident affected: hardware, at least one thing (on report and on correction). */
export function resolveAffected(
  field: string,
  ids: readonly string[] | undefined,
  ctx: DecisionContext,
): NodeRef[] {
  const affected = resolveNodes(field, ids, INCIDENT_LINKS.AFFECTED, ctx);
  if (affected.length === 0) throw invalid(field, "an incident must affect at least one thing");
  return affected;
}

export function decideReportIncident(
  command: ReportIncident,
  state: FactState,
  ctx: DecisionContext,
): IncidentReported[] {
  const incidentId = requireId("incidentId", command.incidentId);
  if (state.status !== "absent" || ctx.nodes.has(incidentId)) {
    throw new DomainError("already_exists", `"${incidentId}" is already registered`, "incidentId");
  }
  const affected = resolveAffected("affected", command.affected, ctx);
  const data = {
    incidentId,
    kind: requireOneOf("kind", command.kind, INCIDENT_KINDS),
    title: requireText("title", command.title, 200),
    description: optionalText("description", command.description),
    occurredAt: requireTime("occurredAt", command.occurredAt),
    affected,
    reportedBy: resolveNodes("reportedBy", command.reportedBy, INCIDENT_LINKS.REPORTED_BY, ctx),
    certainty: certaintyOf(command.certainty),
  };
  checkSource(command.source, ctx.articles.get(command.source.articleId));
  return [{ type: "IncidentReported", data, source: command.source }];
}

export function decideRecordIncidentUpdate(
  command: RecordIncidentUpdate,
  state: FactState,
  ctx: DecisionContext,
): IncidentUpdateRecorded[] {
  if (state.status === "absent" || state.category !== "incident") {
    throw new DomainError("not_found", `no incident "${command.incidentId}"`, "incidentId");
  }
  if (state.status === "retracted") {
    throw new DomainError(
      "illegal_state",
      `incident "${command.incidentId}" has been retracted`,
      "incidentId",
    );
  }
  const updateId = requireId("updateId", command.updateId);
  if (state.updateIds.includes(updateId)) {
    throw new DomainError(
      "already_exists",
      `incident "${command.incidentId}" already has update "${updateId}"`,
      "updateId",
    );
  }
  const occurredAt = optionalTime("occurredAt", command.occurredAt);
  if (occurredAt && latestInstant(occurredAt) < earliestInstant(state.data.occurredAt)) {
    throw invalid(
      "occurredAt",
      `the update (${occurredAt.value}) cannot precede its incident (${state.data.occurredAt.value})`,
    );
  }
  const data = {
    incidentId: state.data.incidentId,
    updateId,
    kind: requireOneOf("kind", command.kind, INCIDENT_UPDATE_KINDS),
    description: requireText("description", command.description, 1000),
    occurredAt,
    cause: optionalText("cause", command.cause, 500),
    ruledOut: optionalText("ruledOut", command.ruledOut, 500),
    likelihood: optionalText("likelihood", command.likelihood, 100),
    reportedBy: resolveNodes("reportedBy", command.reportedBy, INCIDENT_LINKS.REPORTED_BY, ctx),
    certainty: certaintyOf(command.certainty),
  };
  if (data.kind === "CAUSE_DETERMINED" && data.cause === undefined) {
    throw invalid("cause", "a CAUSE_DETERMINED update must name the cause");
  }
  checkSource(command.source, ctx.articles.get(command.source.articleId));
  return [{ type: "IncidentUpdateRecorded", data, source: command.source }];
}
