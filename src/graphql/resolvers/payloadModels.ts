import type { Connection } from "../../explore/pageCursor";
import type { CommandResult } from "../../commands/CommandHandler";
import type { PlannedCommand, Suggestion } from "../../dryrun/DryRunReport";

/**
 * What a command's mutation returns before GraphQL selects from it: the receipt, and the id of
 * what to read back as now projected (read-your-writes goes through the generated reads).
 */
export interface CommandPayloadModel {
  receipt: CommandResult;
  /** The fact the command wrote about (zvezda, a relation's or incident's id). */
  factId: string;
}
export interface IngestionPayloadModel {
  articleId: string;
  dryRun: boolean;
  appendedEvents: number;
  replayedCommands: number;
  receipts: CommandResult[];
  /** A dry run's (empty otherwise), each with the code its error would carry. */
  problems: { entry: string; field: string | null; code: string; message: string }[];
  suggestions: Suggestion[];
  wouldAppend: PlannedCommand[];
  logPosition: number | null;
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

/** A page of a fact's events, as historyConnection answers it. */
export type HistoryPageModel = Connection<{ node: EventModel }>;
