import type { EventRecord } from "../../eventstore/EventRecord";
import type { EventModel } from "./payloadModels";

/** An event of the log as the API shows it: its data and metadata as JSON text. */
export function toEventModel(record: EventRecord): EventModel {
  return {
    id: record.id,
    position: record.position,
    stream: record.stream,
    revision: record.revision,
    type: record.type,
    schemaVersion: record.schemaVersion,
    data: JSON.stringify(record.event.data),
    metadata: JSON.stringify(record.metadata),
    commandId: record.metadata.commandId,
    correlationId: record.metadata.correlationId,
    causationId: record.metadata.causationId,
    actor: record.metadata.actor,
    occurredAt: record.occurredAt?.value ?? null,
    occurredPrecision: record.occurredAt?.precision ?? null,
    recordedAt: record.recordedAt,
    sourceArticle: record.source?.articleId ?? null,
    sourceQuote: record.source?.quote ?? null,
    sourceNote: record.source?.note ?? null,
  };
}
