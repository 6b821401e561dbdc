import { z } from "zod";
import { invalid } from "../../domain/DomainError";
import { INCIDENT_LINKS } from "../../domain/relationTypes";
import type { Source } from "../../domain/source";
import { streamId } from "../../domain/streams";
import { COMMAND_CAPS, resolveNodes } from "../../domain/validate";
import { INCIDENT_KINDS } from "../../domain/vocabulary";
import type { DecisionContext } from "../../domain/DecisionContext";
import { linkProvenance } from "../../projection/factProperties";
import { factNodeRow, linksFrom, newFactProjection } from "../../projection/graphWrites";
import { defineCommand } from "../CommandDefinition";
import { requireNewFact } from "../newFact";
import { sourcedEvent } from "../sourcedEvent";
import type { IncidentData, NodeRef } from "../facts";
import { stated } from "../FactState";
import {
  certainty,
  newId,
  oneOf,
  optionalText,
  references,
  source,
  text,
  worldTime,
} from "../fields";

/** An incident is reported: what went wrong, when, what it affected and who reported it. */
export interface IncidentReported {
  type: "IncidentReported";
  data: IncidentData;
  source: Source;
}

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

/** Who reported an incident or an update of it. */
export const reportedBy = references(
  "Ids of those who reported it (agencies, people, organisations or countries): at most 100.",
  COMMAND_CAPS.linkedIds,
).optional();

/** Reports an incident: what went wrong, when, and what it affected. */
export const reportIncident = defineCommand({
  type: "ReportIncident",
  summary: "Reports an incident",
  description: "Reports an incident: what went wrong, when, and what it affected.",
  inputDescription: "The incident and its source.",
  input: z.strictObject({
    incidentId: newId(
      "A lower-case slug of at most 120 characters: zvezda-air-leak. Its stream is incident-<id>.",
    ),
    kind: oneOf(INCIDENT_KINDS, "IncidentKind", "What went wrong."),
    title: text("A short title: at most 200 characters.", 200),
    description: optionalText("What happened: at most 2000 characters.", 2000),
    occurredAt: worldTime("World time: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant."),
    affected: references(
      "Ids of the hardware it affected (stations, segments, modules, vehicles, components): 1 to 100.",
      COMMAND_CAPS.linkedIds,
    ),
    reportedBy,
    certainty,
    source: source(),
  }),
  stream: (command) => streamId("incident", command.incidentId),
  references: (command) => [command.incidentId, ...command.affected, ...(command.reportedBy ?? [])],
  decide(command, state, ctx): IncidentReported[] {
    const { incidentId } = command;
    requireNewFact("incidentId", incidentId, state, ctx);
    const data = {
      incidentId,
      kind: command.kind,
      title: command.title,
      description: command.description,
      occurredAt: command.occurredAt,
      affected: resolveAffected("affected", command.affected, ctx),
      reportedBy: resolveNodes("reportedBy", command.reportedBy, INCIDENT_LINKS.REPORTED_BY, ctx),
      certainty: command.certainty,
    };
    return [sourcedEvent<IncidentReported>("IncidentReported", command, ctx, data)];
  },
  events: {
    IncidentReported: {
      type: "IncidentReported",
      description: "An incident was reported.",
      schemaVersion: 1,
      evolve: (_state, event) =>
        stated({ category: "incident", data: event.data, updateIds: [] }, event.source),
      occurredAt: (event) => event.data.occurredAt,
      // Its node with its world time, what it AFFECTED, who REPORTED it, its citation.
      projection: newFactProjection<IncidentReported>({
        creates: "Incident",
        needs: ["Article", "Entity"],
        node: ({ record, event }) => {
          const { incidentId, kind, title, description, occurredAt, certainty } = event.data;
          const properties = { kind, title, description: description ?? null, certainty };
          return factNodeRow(record, incidentId, properties, occurredAt);
        },
        links: ({ record, event }) => {
          const { incidentId, affected, reportedBy, certainty } = event.data;
          const from = { id: incidentId };
          const properties = linkProvenance(record, certainty);
          return [
            ...linksFrom(from, "AFFECTED", affected, properties),
            ...linksFrom(from, "REPORTED_BY", reportedBy, properties),
          ];
        },
      }),
    },
  },
  payload: {
    type: "ReportIncidentPayload",
    fact: {
      field: "incident",
      type: "Incident",
      description: "The incident as now projected.",
      read: "incidents",
    },
  },
});
