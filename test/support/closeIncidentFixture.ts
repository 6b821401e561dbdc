import { z } from "zod";
import { Catalogue } from "../../src/catalogue/Catalogue";
import { defineCommand } from "../../src/catalogue/CommandDefinition";
import { COMMANDS } from "../../src/catalogue/commands";
import { reference, source, text, worldTime } from "../../src/catalogue/fields";
import { DomainError } from "../../src/domain/DomainError";
import type { Source } from "../../src/domain/source";
import { checkSource } from "../../src/domain/source";
import { streamId } from "../../src/domain/streams";
import type { WorldTime } from "../../src/domain/WorldTime";

/**
 * A command the service does not have, declared as a contributor would add one (the walk-through
 * in docs/architecture.md): closing an incident. Tests build a catalogue with it to show that the
 * rest follows from the one declaration: the SDL, the seed format, the log's enum, the pipeline
 * and the projection.
 */
export interface IncidentClosed {
  type: "IncidentClosed";
  data: { incidentId: string; closedOn: WorldTime; resolution: string };
  source: Source;
}

export const closeIncident = defineCommand({
  type: "CloseIncident",
  summary: "Closes an incident",
  description: "Closes an incident: it is over, as its source says.",
  inputDescription: "The incident, when it was closed and its source.",
  input: z.strictObject({
    incidentId: reference("The incident's id."),
    closedOn: worldTime("When it was over. World time: YYYY, YYYY-MM or YYYY-MM-DD."),
    resolution: text("How it ended: at most 500 characters.", 500),
    source: source(),
  }),
  stream: (command) => streamId("incident", command.incidentId),
  references: () => [],
  decide(command, state, ctx): IncidentClosed[] {
    if (state.status !== "active" || state.category !== "incident")
      throw new DomainError("not_found", `no open incident "${command.incidentId}"`, "incidentId");
    checkSource(command.source, ctx.articles.get(command.source.articleId));
    return [
      {
        type: "IncidentClosed",
        data: {
          incidentId: command.incidentId,
          closedOn: command.closedOn,
          resolution: command.resolution,
        },
        source: command.source,
      },
    ];
  },
  events: {
    IncidentClosed: {
      type: "IncidentClosed",
      description: "An incident was closed.",
      schemaVersion: 1,
      evolve: (state) => state,
      occurredAt: (event) => event.data.closedOn,
      projection: {
        kind: "set",
        creates: [],
        needs: ["Incident"],
        statements: (events) => [
          {
            text: `UNWIND $rows AS row
                   MATCH (i:Incident {id: row.id})
                   SET i.closedOn = row.closedOn, i.resolution = row.resolution`,
            parameters: {
              rows: events.map(({ event }) => ({
                id: event.data.incidentId,
                closedOn: event.data.closedOn.value,
                resolution: event.data.resolution,
              })),
            },
          },
        ],
      },
    },
  },
  payload: {
    type: "CloseIncidentPayload",
    fact: {
      field: "incident",
      type: "Incident",
      description: "The incident as now projected.",
      read: "incidents",
    },
  },
});

/** The service's catalogue with CloseIncident added. */
export function catalogueWithCloseIncident() {
  return new Catalogue([...COMMANDS, closeIncident]);
}
