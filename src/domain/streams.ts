import type { Command } from "./commands";

/** Every fact lives in a stream of its own, named "<category>-<id>" (e.g. incident-zvezda-air-leak). */
export const FACT_CATEGORIES = ["article", "entity", "relation", "incident", "statement"] as const;
export type FactCategory = (typeof FACT_CATEGORIES)[number];

export function streamId(category: FactCategory, id: string): string {
  return `${category}-${id}`;
}

export function parseStreamId(stream: string): { category: FactCategory; id: string } | undefined {
  const dash = stream.indexOf("-");
  const category = stream.slice(0, dash) as FactCategory;
  if (dash < 1 || !FACT_CATEGORIES.includes(category)) return undefined;
  return { category, id: stream.slice(dash + 1) };
}

/** A fact's id, whether named by its id (zvezda) or by its stream (entity-zvezda). */
export function factIdOf(idOrStream: string): string {
  return parseStreamId(idOrStream)?.id ?? idOrStream;
}

/** Ids are lower-case slugs: readable in URLs, Cypher and stream names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A relation's default id: from, type and to, so the same link cannot be made twice. */
export function defaultRelationId(from: string, relation: string, to: string): string {
  return `${from}-${relation.toLowerCase().replace(/_/g, "-")}-${to}`;
}

/** The stream a command writes to. */
export function streamOfCommand(command: Command): string {
  switch (command.type) {
    case "RegisterArticle":
      return streamId("article", command.articleId);
    case "RegisterEntity":
      return streamId("entity", command.entityId);
    case "LinkEntities":
      return streamId(
        "relation",
        command.relationId ?? defaultRelationId(command.from, command.relation, command.to),
      );
    case "ReportIncident":
    case "RecordIncidentUpdate":
      return streamId("incident", command.incidentId);
    case "RecordStatement":
      return streamId("statement", command.statementId);
    case "CorroborateFact":
    case "CorrectFact":
    case "RetractFact":
      return command.factId;
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/** What a decision needs to see besides its own stream: the nodes it names, the articles it cites. */
export function referencesOf(command: Command): { nodeIds: string[]; articleIds: string[] } {
  const articleIds = command.type === "RegisterArticle" ? [] : [command.source.articleId];
  switch (command.type) {
    case "RegisterArticle":
      return { nodeIds: [], articleIds };
    case "RegisterEntity":
      return { nodeIds: [command.entityId], articleIds };
    case "LinkEntities":
      return { nodeIds: [command.from, command.to], articleIds };
    case "ReportIncident":
      return {
        nodeIds: [command.incidentId, ...(command.affected ?? []), ...(command.reportedBy ?? [])],
        articleIds,
      };
    case "RecordIncidentUpdate":
      return { nodeIds: command.reportedBy ?? [], articleIds };
    case "RecordStatement":
      return {
        nodeIds: [
          command.statementId,
          ...(command.speakers ?? []),
          ...(command.about ?? []),
          ...(command.carriedBy ?? []),
        ],
        articleIds,
      };
    case "CorroborateFact":
    case "RetractFact":
      return { nodeIds: [], articleIds };
    case "CorrectFact": {
      const c = command.changes;
      return {
        nodeIds: [
          ...(c.affected ?? []),
          ...(c.reportedBy ?? []),
          ...(c.speakers ?? []),
          ...(c.about ?? []),
          ...(c.carriedBy ?? []),
        ],
        articleIds,
      };
    }
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}
