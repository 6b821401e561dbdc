import type { ManagedTransaction } from "neo4j-driver";
import { isRelationType } from "../domain/relationTypes";
import type { EntitiesLinked, EntityRegistered } from "../events/DomainEvent";
import type { EventRecord } from "../eventstore/EventRecord";
import { int, toNumber } from "../neo4j/neo4jValues";
import {
  projectFactCorrected,
  projectFactCorroborated,
  projectFactRetracted,
  type RelationTypeLookup,
} from "./projectFactLifecycle";
import {
  projectArticleRegistered,
  projectEntitiesLinked,
  batchKey,
  projectEntitiesRegistered,
  projectIncidentReported,
  projectIncidentUpdateRecorded,
  projectStatementRecorded,
} from "./projectRegistrations";

/** The node that records how far the projection has applied the log. */
export const PROJECTION_STATE_LABEL = "ProjectionState";

/**
 * Events -> the knowledge graph. The only writer of the projection. It runs in the transaction
 * that appends the events (so the graph never lags the log) and during a rebuild. Each event is
 * applied at most once: the projection's checkpoint skips events at or below it, and each handler
 * MERGEs by id besides.
 */
export class Projector {
  async checkpoint(tx: ManagedTransaction): Promise<number> {
    const result = await tx.run(
      `OPTIONAL MATCH (p:${PROJECTION_STATE_LABEL} {id: 'main'}) RETURN coalesce(p.position, 0) AS position`,
    );
    return toNumber(result.records[0]?.get("position"));
  }

  /** Applies events in position order; returns how many were new to the projection. */
  async apply(tx: ManagedTransaction, records: readonly EventRecord[]): Promise<number> {
    const checkpoint = await this.checkpoint(tx);
    const pending = records.filter((record) => record.position > checkpoint);
    // Consecutive events of the same batchable kind go in one statement; order is kept.
    for (let start = 0; start < pending.length;) {
      const key = batchKey(pending[start]!);
      let end = start + 1;
      while (key !== undefined && end < pending.length && batchKey(pending[end]!) === key) end += 1;
      await this.applyRun(tx, pending.slice(start, end));
      start = end;
    }
    const applied = pending.length;
    const position = pending[pending.length - 1]?.position ?? checkpoint;
    if (applied > 0) {
      await tx.run(`MERGE (p:${PROJECTION_STATE_LABEL} {id: 'main'}) SET p.position = $position`, {
        position: int(position),
      });
    }
    return applied;
  }

  private async applyRun(tx: ManagedTransaction, run: readonly EventRecord[]): Promise<void> {
    const first = run[0]!.event;
    if (first.type === "EntityRegistered") {
      const items = run.map((record) => ({ record, event: record.event as EntityRegistered }));
      return projectEntitiesRegistered(tx, items);
    }
    if (first.type === "EntitiesLinked") {
      return projectEntitiesLinked(
        tx,
        run.map((record) => ({ record, event: record.event as EntitiesLinked })),
      );
    }
    for (const record of run) await this.applyOne(tx, record);
  }

  private async applyOne(tx: ManagedTransaction, record: EventRecord): Promise<void> {
    const event = record.event;
    switch (event.type) {
      case "ArticleRegistered":
        return projectArticleRegistered(tx, record, event);
      case "EntityRegistered":
        return projectEntitiesRegistered(tx, [{ record, event }]);
      case "EntitiesLinked":
        return projectEntitiesLinked(tx, [{ record, event }]);
      case "IncidentReported":
        return projectIncidentReported(tx, record, event);
      case "IncidentUpdateRecorded":
        return projectIncidentUpdateRecorded(tx, record, event);
      case "StatementRecorded":
        return projectStatementRecorded(tx, record, event);
      case "FactCorroborated":
        return projectFactCorroborated(tx, record, event, relationTypeOf);
      case "FactCorrected":
        return projectFactCorrected(tx, record, event, relationTypeOf);
      case "FactRetracted":
        return projectFactRetracted(tx, record, event, relationTypeOf);
      default: {
        const unknown: never = event;
        throw new Error(`the projector has no handler for ${JSON.stringify(unknown)}`);
      }
    }
  }
}

const relationTypeOf: RelationTypeLookup = async (tx, stream) => {
  const result = await tx.run(
    "MATCH (e:Event {stream: $stream, revision: 1}) WHERE e.type = 'EntitiesLinked' RETURN e.data AS data",
    { stream },
  );
  const raw = result.records[0]?.get("data") as string | undefined;
  const relation =
    raw === undefined ? undefined : (JSON.parse(raw) as { relation?: string }).relation;
  // Checked against the allow-list before it is written into Cypher.
  return relation !== undefined && isRelationType(relation) ? relation : undefined;
};
