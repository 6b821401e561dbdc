import type { Catalogue } from "../catalogue/Catalogue";
import type { Applied, EventShape } from "../catalogue/CommandDefinition";
import { CATALOGUE } from "../catalogue/commands";
import { KEEP_PLAN, settleAll, type CypherRunner } from "../eventstore/CypherRunner";
import type { EventRecord } from "../eventstore/EventRecord";
import type { InlineProjection } from "../eventstore/LockedLog";
import { int, toNumber } from "../neo4j/neo4jValues";
import { keepTimelineEntries, NAMES_HAPPENINGS, rewriteTimelineEntries } from "./timelineEntries";

/** The node that records how far the projection has applied the log, and with which code. */
export const PROJECTION_STATE_LABEL = "ProjectionState";

/**
 * The version of what the projection writes. Bump it when the graph the same log projects to
 * changes (a label, a property, a relationship): a projection of another version is rebuilt from
 * the log at the next start.
 */
export const PROJECTION_VERSION = 4;

/**
 * The statement of one ordered event type: each row is applied in its own subquery, so it sees
 * what the rows before it did. Like the set statements, they keep their plans (`KEEP_PLAN`) when
 * the graph's statistics move: each takes 0.2 to 3 s to plan (FactCorrected, the largest, about
 * 3 s), and replanned as a graph grows from empty they took 10 of a 10k-event ingestion's 23 s
 * (measured on a35caca: a few calls of 0.3 to 1.4 s among calls of 2 ms). A plan kept is only
 * safe if it does not depend on the statistics it was made with: planned on an empty projection,
 * none of these may scan a label, a type or the store (test/integration/projectionPlans.test.ts);
 * they start from the `Fact` id index and expand from there, as on a large graph. (Before that
 * was so, a plan kept from an empty projection rebuilt a 1M-event log at about 470 events/s,
 * 22e2409.) One statement per type: a single statement for every ordered type took 4 to 10 s
 * to plan.
 */
export function orderedStatements(catalogue: Catalogue): ReadonlyMap<string, string> {
  return new Map(
    catalogue.orderedProjections.map((event) => [
      event.type,
      `${KEEP_PLAN} UNWIND $rows AS e
CALL (e) {
  WITH e
  ${event.projection.cypher}
}`,
    ]),
  );
}

/** The rows of a batch cut where the event type changes: runs applied in log order. */
function runsOfOneType<R extends { type: string }>(rows: readonly R[]): R[][] {
  const runs: R[][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.type === row.type) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

/**
 * Events -> the knowledge graph: the only writer of the projection, registered with the event
 * store as an inline projection (it runs in the transaction that appends the events) and used by
 * the rebuild. A batch is applied with set-based statements: every new fact of a type in one go
 * (facts are stated once, about facts stated before them that are still current, so these commute
 * with the rest of the batch and go first), then the corroborations, corrections, retractions,
 * claims, aliases and merges row by row in log order, one statement per run of events of one
 * type. The result depends on the log only, never on how it was cut into batches.
 */
export class Projector implements InlineProjection {
  readonly name = "knowledge-graph";
  private readonly ordered: ReadonlyMap<string, string>;

  /**
   * The events and their projections come from the catalogue: the projector lists none.
   * `timelines: "deferred"` (the rebuild's) leaves the timeline entries to be written once at
   * the end (WRITE_TIMELINE_ENTRIES_OF) rather than after each batch.
   */
  constructor(
    private readonly catalogue: Catalogue = CATALOGUE,
    private readonly timelines: "per batch" | "deferred" = "per batch",
  ) {
    this.ordered = orderedStatements(catalogue);
  }

  async apply(cypher: CypherRunner, records: readonly EventRecord[]): Promise<void> {
    if (records.length === 0) return;
    await settleAll([
      ...this.statementsOf(cypher, records),
      cypher.run(
        `${KEEP_PLAN} MERGE (p:${PROJECTION_STATE_LABEL} {id: 'main'}) SET p.position = $position, p.version = $version`,
        { position: int(records[records.length - 1]!.position), version: int(PROJECTION_VERSION) },
      ),
    ]);
    if (this.timelines === "deferred") return;
    // The timelines of now follow the graph the batch left.
    await keepTimelineEntries(cypher, this.catalogue, records);
  }

  /**
   * Every statement apply may send, each with one empty row (`{}`) where it takes a list of
   * rows: Neo4j keys a plan by its text and its parameters' types, so a list of maps is planned
   * as a list of maps, as apply sends it. The ordered ones each take 0.2 to 4 s to plan
   * (FactCorrected's the most), which the first append of its type after a start waited for.
   * Run them in a transaction that is rolled back: an empty row matches nothing, but it is not
   * a real event.
   */
  statementsToPlan(): { text: string; parameters: Record<string, unknown> }[] {
    const emptyRow = (parameters: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(parameters).map(([name, value]) => [
          name,
          Array.isArray(value) ? [{}] : value,
        ]),
      );
    return [
      ...[...this.ordered.values()].map((text) => ({ text, parameters: { rows: [{}] } })),
      ...this.catalogue.setProjections.flatMap(({ projection }) =>
        projection.statements([]).map(({ text, parameters }) => ({
          text,
          parameters: emptyRow(parameters),
        })),
      ),
      {
        ...rewriteTimelineEntries(this.catalogue, []),
        parameters: { named: [""], reshaped: [""] },
      },
      { text: NAMES_HAPPENINGS, parameters: { named: [""] } },
    ];
  }

  /** How far the projection has applied the log (0: nothing). */
  async checkpoint(cypher: CypherRunner): Promise<number> {
    return (await this.state(cypher)).position;
  }

  /** The checkpoint, and the version of the code that wrote the projection (0: none yet). */
  async state(cypher: CypherRunner): Promise<{ position: number; version: number }> {
    const result = await cypher.run(
      `OPTIONAL MATCH (p:${PROJECTION_STATE_LABEL} {id: 'main'})
       RETURN coalesce(p.position, 0) AS position, coalesce(p.version, 1) AS version`,
    );
    return {
      position: toNumber(result.records[0]?.get("position") ?? 0),
      version: toNumber(result.records[0]?.get("version") ?? 1),
    };
  }

  private statementsOf(cypher: CypherRunner, records: readonly EventRecord[]): Promise<unknown>[] {
    const byType = new Map<string, Applied<EventShape>[]>();
    const ordered: { type: string }[] = [];
    for (const record of records) {
      const applied = { record, event: record.event };
      const { projection } = this.catalogue.event(record.type);
      if (projection.kind === "ordered")
        ordered.push({ type: record.type, ...projection.row(applied) });
      else {
        const events = byType.get(record.type);
        if (events) events.push(applied);
        else byType.set(record.type, [applied]);
      }
    }
    const statements: Promise<unknown>[] = [];
    for (const { type, projection } of this.catalogue.setProjections) {
      const events = byType.get(type);
      if (!events) continue;
      for (const { text, parameters } of projection.statements(events))
        statements.push(cypher.run(text, parameters));
    }
    for (const run of runsOfOneType(ordered)) {
      statements.push(cypher.run(this.ordered.get(run[0]!.type)!, { rows: run }));
    }
    return statements;
  }
}
