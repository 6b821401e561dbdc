import type { DomainEventType } from "../events/DomainEvent";
import { settleAll, type CypherRunner } from "../eventstore/CypherRunner";
import type { EventRecord } from "../eventstore/EventRecord";
import type { InlineProjection } from "../eventstore/Neo4jEventStore";
import { int, toNumber } from "../neo4j/neo4jValues";
import { articleRegistered } from "./handlers/articleRegistered";
import { entitiesLinked } from "./handlers/entitiesLinked";
import { entityRegistered } from "./handlers/entityRegistered";
import { factCorrected } from "./handlers/factCorrected";
import { factCorroborated } from "./handlers/factCorroborated";
import { factRetracted } from "./handlers/factRetracted";
import { incidentReported } from "./handlers/incidentReported";
import { incidentUpdateRecorded } from "./handlers/incidentUpdateRecorded";
import { statementRecorded } from "./handlers/statementRecorded";
import type { Applied, ProjectionHandler } from "./ProjectionHandler";

/** The node that records how far the projection has applied the log. */
export const PROJECTION_STATE_LABEL = "ProjectionState";

type Handlers = { [T in DomainEventType]: ProjectionHandler<T> };

/** One handler per event type: the compiler refuses a type without one. */
const HANDLERS: Handlers = {
  ArticleRegistered: articleRegistered,
  EntityRegistered: entityRegistered,
  IncidentReported: incidentReported,
  StatementRecorded: statementRecorded,
  IncidentUpdateRecorded: incidentUpdateRecorded,
  EntitiesLinked: entitiesLinked,
  FactCorroborated: factCorroborated,
  FactCorrected: factCorrected,
  FactRetracted: factRetracted,
};

/**
 * Events that bring new facts into the graph, in the order their statements run. They can be
 * applied before the batch's other events, whatever their positions: a fact is stated once, only
 * about facts stated before it that are still current (the deciders refuse anything else), and
 * nothing earlier in the log touches what it creates.
 */
const STATEMENTS_OF_FACTS: readonly DomainEventType[] = [
  "ArticleRegistered",
  "EntityRegistered",
  "IncidentReported",
  "StatementRecorded",
  "IncidentUpdateRecorded",
  "EntitiesLinked",
];

/**
 * Events -> the knowledge graph: the only writer of the projection, registered with the event
 * store as an inline projection (it runs in the transaction that appends the events) and used by
 * the rebuild. A batch of any size is applied with a fixed number of set-based statements per
 * event type: every new fact of a type in one go; then corroborations, corrections and
 * retractions, which depend on what came before them, in log order, one statement per run of
 * consecutive events of one type (each of its rows applied in its own subquery, in order).
 * The result depends on the log only, never on how it was cut into batches.
 */
export class Projector implements InlineProjection {
  readonly name = "knowledge-graph";

  async apply(cypher: CypherRunner, records: readonly EventRecord[]): Promise<void> {
    if (records.length === 0) return;
    await settleAll([
      ...this.statementsOf(cypher, records),
      cypher.run(`MERGE (p:${PROJECTION_STATE_LABEL} {id: 'main'}) SET p.position = $position`, {
        position: int(records[records.length - 1]!.position),
      }),
    ]);
  }

  /** How far the projection has applied the log (0: nothing). */
  async checkpoint(cypher: CypherRunner): Promise<number> {
    const result = await cypher.run(
      `OPTIONAL MATCH (p:${PROJECTION_STATE_LABEL} {id: 'main'}) RETURN coalesce(p.position, 0) AS position`,
    );
    return toNumber(result.records[0]?.get("position") ?? 0);
  }

  private statementsOf(cypher: CypherRunner, records: readonly EventRecord[]): Promise<unknown>[] {
    const statements: Promise<unknown>[] = [];
    const newFacts = new Map<DomainEventType, EventRecord[]>();
    const runs: EventRecord[][] = [];
    for (const record of records) {
      if (STATEMENTS_OF_FACTS.includes(record.type)) {
        newFacts.set(record.type, [...(newFacts.get(record.type) ?? []), record]);
        continue;
      }
      const run = runs[runs.length - 1];
      if (run && run[0]!.type === record.type) run.push(record);
      else runs.push([record]);
    }
    for (const type of STATEMENTS_OF_FACTS) {
      const batch = newFacts.get(type);
      if (batch) statements.push(...project(cypher, type, batch));
    }
    for (const run of runs) statements.push(...project(cypher, run[0]!.type, run));
    return statements;
  }
}

function project<T extends DomainEventType>(
  cypher: CypherRunner,
  type: T,
  records: readonly EventRecord[],
): Promise<unknown>[] {
  const handler = HANDLERS[type] as ProjectionHandler<T>;
  const applied = records.map((record) => ({ record, event: record.event }) as Applied<T>);
  return handler.project(cypher, applied);
}
