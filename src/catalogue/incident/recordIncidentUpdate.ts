import { z } from "zod";
import { DomainError, invalid } from "../../domain/DomainError";
import { INCIDENT_LINKS } from "../../domain/relationTypes";
import type { Source } from "../../domain/source";
import { streamId } from "../../domain/streams";
import { resolveNodes } from "../../domain/validate";
import { INCIDENT_UPDATE_KINDS } from "../../domain/vocabulary";
import { earliestInstant, latestInstant } from "../../domain/WorldTime";
import { LABEL } from "../../graph/graphLabels";
import { TYPE } from "../../graph/relationshipTypes";
import { int } from "../../neo4j/neo4jValues";
import { linkProvenance } from "../../projection/factProperties";
import { factNodeRow, linksFrom, newFactProjection } from "../../projection/graphWrites";
import { defineCommand } from "../CommandDefinition";
import { sourcedEvent } from "../sourcedEvent";
import type { IncidentUpdateData } from "../facts";
import {
  certainty,
  newId,
  oneOf,
  optionalText,
  optionalWorldTime,
  reference,
  source,
  text,
} from "../fields";
import { reportedBy } from "./reportIncident";

/** Something was learnt about an incident later: it is recorded in the incident's stream. */
export interface IncidentUpdateRecorded {
  type: "IncidentUpdateRecorded";
  data: IncidentUpdateData;
  source: Source;
}

/** An update's node id: its incident's id and its own, so that it is unique in the graph. */
export function incidentUpdateNodeId(incidentId: string, updateId: string): string {
  return `${incidentId}/${updateId}`;
}

/** Records what was learnt about an incident later, in the incident's stream. */
export const recordIncidentUpdate = defineCommand({
  type: "RecordIncidentUpdate",
  summary: "Records an incident's update",
  description: "Records what was learnt about an incident later, in the incident's stream.",
  inputDescription: "The update and its source.",
  input: z.strictObject({
    incidentId: reference("The id of the incident it updates (zvezda-air-leak, not its stream)."),
    updateId: newId(
      "A lower-case slug of at most 120 characters, unique within the incident: cause-determined.",
    ),
    kind: oneOf(
      INCIDENT_UPDATE_KINDS,
      "IncidentUpdateKind",
      "What was learnt; CAUSE_DETERMINED needs a cause.",
    ),
    description: text("What was learnt: at most 1000 characters.", 1000),
    occurredAt: optionalWorldTime(
      "When it happened. World time: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant; not before its\nincident.",
    ),
    cause: optionalText(
      "The cause found (impacts by small meteoroids): required for CAUSE_DETERMINED; at most 500\ncharacters.",
      500,
    ),
    ruledOut: optionalText(
      "What the finding ruled out (manufacturing defects): at most 500 characters.",
      500,
    ),
    likelihood: optionalText(
      "How sure the finding is, in the source's words (likely, believed): at most 100 characters.",
      100,
    ),
    reportedBy,
    certainty,
    source: source(),
  }),
  stream: (command) => streamId("incident", command.incidentId),
  // The update is a fact of its own, in its incident's stream.
  factId: (command) => incidentUpdateNodeId(command.incidentId, command.updateId),
  references: (command) => command.reportedBy ?? [],
  decide(command, state, ctx): IncidentUpdateRecorded[] {
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
    const { updateId, occurredAt } = command;
    if (state.updateIds.includes(updateId)) {
      throw new DomainError(
        "already_exists",
        `incident "${command.incidentId}" already has update "${updateId}"`,
        "updateId",
      );
    }
    if (occurredAt && latestInstant(occurredAt) < earliestInstant(state.data.occurredAt)) {
      throw invalid(
        "occurredAt",
        `the update (${occurredAt.value}) cannot precede its incident (${state.data.occurredAt.value})`,
      );
    }
    if (command.kind === "CAUSE_DETERMINED" && command.cause === undefined) {
      throw invalid("cause", "a CAUSE_DETERMINED update must name the cause");
    }
    const data = {
      incidentId: state.data.incidentId,
      updateId,
      kind: command.kind,
      description: command.description,
      occurredAt,
      cause: command.cause,
      ruledOut: command.ruledOut,
      likelihood: command.likelihood,
      reportedBy: resolveNodes("reportedBy", command.reportedBy, INCIDENT_LINKS.REPORTED_BY, ctx),
      certainty: command.certainty,
    };
    return [sourcedEvent<IncidentUpdateRecorded>("IncidentUpdateRecorded", command, ctx, data)];
  },
  events: {
    IncidentUpdateRecorded: {
      type: "IncidentUpdateRecorded",
      description: "Something learnt about an incident later was recorded.",
      schemaVersion: 1,
      evolve: (state, event) =>
        state.status === "absent" || state.category !== "incident"
          ? state
          : { ...state, updateIds: [...state.updateIds, event.data.updateId] },
      occurredAt: (event) => event.data.occurredAt,
      // An (:IncidentUpdate) node the incident HAS_UPDATE, its reporters, its citation.
      projection: newFactProjection<IncidentUpdateRecorded>({
        creates: "IncidentUpdate",
        needs: ["Article", "Entity", "Incident"],
        node: ({ record, event: { data: d } }) => {
          const properties = {
            incidentId: d.incidentId,
            updateId: d.updateId,
            kind: d.kind,
            description: d.description,
            cause: d.cause ?? null,
            ruledOut: d.ruledOut ?? null,
            likelihood: d.likelihood ?? null,
            certainty: d.certainty,
          };
          const id = incidentUpdateNodeId(d.incidentId, d.updateId);
          return {
            ...factNodeRow(record, id, properties, d.occurredAt),
            incidentId: d.incidentId,
            position: int(record.position),
          };
        },
        around: {
          before: `MATCH (i:${LABEL.Incident} {id: row.incidentId})`,
          after: `CREATE (i)-[h:${TYPE.HAS_UPDATE} {id: row.id}]->(n)
       SET h.knownSince = row.position`,
        },
        links: ({ record, event: { data: d } }) => {
          const from = { id: incidentUpdateNodeId(d.incidentId, d.updateId) };
          return linksFrom(from, "REPORTED_BY", d.reportedBy, linkProvenance(record, d.certainty));
        },
      }),
    },
  },
  payload: {
    type: "RecordIncidentUpdatePayload",
    fact: {
      field: "incident",
      type: "Incident",
      description: "The updated incident as now projected.",
      read: "incidents",
    },
  },
});
