import type { CommandResult } from "../../commands/CommandHandler";

/**
 * What the command resolvers return before GraphQL selects from it: the receipt, and the id of
 * what to read back as now projected (read-your-writes goes through the generated reads).
 */
export interface ArticlePayloadModel {
  receipt: CommandResult;
  articleId: string;
}
export interface EntityPayloadModel {
  receipt: CommandResult;
  entityId: string;
}
export interface RelationPayloadModel {
  receipt: CommandResult;
  relationId: string;
}
export interface IncidentPayloadModel {
  receipt: CommandResult;
  incidentId: string;
}
export interface StatementPayloadModel {
  receipt: CommandResult;
  statementId: string;
}
export interface IngestionPayloadModel {
  articleId: string;
  appendedEvents: number;
  replayedCommands: number;
  receipts: CommandResult[];
}

/** A node as read by the generated reads (its selected fields), passed through untouched. */
export type ProjectedNode = Record<string, unknown>;

/** An event as the subscription and the readers return it (plain values). */
export interface EventModel {
  id: string;
  position: number;
  stream: string;
  revision: number;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  actor: string;
  occurredAt: string | null;
  occurredPrecision: string | null;
  recordedAt: string;
  sourceArticle: string | null;
  sourceQuote: string | null;
  sourceNote: string | null;
}
