import { isDeepStrictEqual } from "node:util";
import { Neo4jEventStore } from "../../src/eventstore/Neo4jEventStore";
import { createDriver } from "../../src/neo4j/neo4jConnection";
import { PROJECTION_VERSION, Projector } from "../../src/projection/Projector";
import {
  projectionFingerprint,
  type Fingerprint,
} from "../../src/projection/projectionFingerprint";
import { rebuildProjection } from "../../src/projection/rebuildProjection";
import type { Neo4jAddress } from "../support/apiProcessEnv";
import type { CommandLedger } from "./CommandLedger";
import { RACE_STREAM, type RaceRound } from "./StreamRace";

const DATABASE = "neo4j";
const PAGE = 1000;

export interface LogCheck {
  /** The log's head: its last position. */
  head: number;
  events: number;
  /** Positions of 1..head missing, repeated or out of order. */
  gaps: number;
  /** Acknowledged commands whose events are not all in the log. */
  lost: string[];
  /** Commands with more events in the log than their receipt lists (appended again by a retry). */
  duplicates: string[];
  /** Events of command ids that no client sent. */
  unaccounted: number;
  /** Commands refused (a race's losers) whose events are in the log all the same. */
  refusedInLog: string[];
  /** Commands sent but never answered (a run abandoned), found in the log anyway. */
  unacknowledgedInLog: number;
  projection: { position: number; version: number };
  fingerprint: { live: Fingerprint; rebuilt: Fingerprint; equal: boolean };
  /** The race stream's corrections in the log, in order: the winners' command ids. */
  raceWinnersInLog: string[];
}

/**
 * The log and the projection against what the clients were told, read through the event store
 * (the only code that knows how the log is stored) with the API stopped: every acknowledged
 * command's events, at the positions of its receipt, and no more; positions 1..head without a
 * gap; the projection at the head and equal (by fingerprint) to a rebuild from the log.
 */
export async function checkCrashSafety(
  neo4j: Neo4jAddress,
  ledger: CommandLedger,
): Promise<LogCheck> {
  const driver = createDriver({ ...neo4j, database: DATABASE });
  try {
    const store = new Neo4jEventStore(driver, DATABASE);
    const head = await store.head();
    const byCommand = new Map<string, number[]>();
    let events = 0;
    let gaps = 0;
    let expected = 1;
    for (let from = 1; ;) {
      const page = await store.readAll(from, PAGE);
      for (const event of page) {
        events++;
        if (event.position !== expected) gaps++;
        expected = event.position + 1;
        const positions = byCommand.get(event.metadata.commandId) ?? [];
        positions.push(event.position);
        byCommand.set(event.metadata.commandId, positions);
      }
      if (page.length < PAGE) break;
      from = page[page.length - 1]!.position + 1;
    }
    if (expected !== head + 1) gaps += Math.abs(head + 1 - expected);

    const lost: string[] = [];
    const duplicates: string[] = [];
    for (const [commandId, receipt] of ledger.acknowledged) {
      const positions = byCommand.get(commandId) ?? [];
      if (isDeepStrictEqual(positions, receipt.positions)) continue;
      if (receipt.positions.some((p) => !positions.includes(p))) lost.push(commandId);
      else duplicates.push(commandId);
    }
    let unaccounted = 0;
    let unacknowledgedInLog = 0;
    const refusedInLog: string[] = [];
    for (const [commandId, positions] of byCommand) {
      if (ledger.acknowledged.has(commandId)) continue;
      if (ledger.refused.has(commandId)) refusedInLog.push(commandId);
      else if (ledger.sent.has(commandId)) unacknowledgedInLog++;
      else unaccounted += positions.length;
    }

    const raceWinnersInLog = (await store.readStream(RACE_STREAM, 2, 1_000_000)).map(
      (event) => event.metadata.commandId,
    );

    const session = driver.session({ database: DATABASE });
    let projection: LogCheck["projection"];
    try {
      projection = await session.executeRead((tx) => new Projector().state(tx));
    } finally {
      await session.close();
    }
    const live = await projectionFingerprint(driver, DATABASE);
    await rebuildProjection(driver, DATABASE);
    const rebuilt = await projectionFingerprint(driver, DATABASE);
    return {
      head,
      events,
      gaps,
      lost,
      duplicates,
      unaccounted,
      refusedInLog,
      unacknowledgedInLog,
      projection,
      fingerprint: { live, rebuilt, equal: live.sha256 === rebuilt.sha256 },
      raceWinnersInLog,
    };
  } finally {
    await driver.close();
  }
}

/** What the log check found wrong, in words; empty when all is well. */
export function logViolations(check: LogCheck, rounds: readonly RaceRound[]): string[] {
  const violations: string[] = [];
  const some = (ids: string[]) => `${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ", ..." : ""}`;
  if (check.lost.length > 0)
    violations.push(`${check.lost.length} acknowledged commands lost: ${some(check.lost)}`);
  if (check.duplicates.length > 0)
    violations.push(
      `${check.duplicates.length} commands appended more than once: ${some(check.duplicates)}`,
    );
  if (check.gaps > 0) violations.push(`${check.gaps} gaps in the log's positions`);
  if (check.events !== check.head)
    violations.push(`${check.events} events in the log, whose head is ${check.head}`);
  if (check.refusedInLog.length > 0)
    violations.push(
      `${check.refusedInLog.length} refused commands are in the log: ${some(check.refusedInLog)}`,
    );
  if (check.unaccounted > 0)
    violations.push(`${check.unaccounted} events of command ids that no client sent`);
  if (check.projection.position !== check.head)
    violations.push(
      `the projection stands at ${check.projection.position}, the log at ${check.head}`,
    );
  if (check.projection.version !== PROJECTION_VERSION)
    violations.push(`the projection is of version ${check.projection.version}`);
  if (!check.fingerprint.equal)
    violations.push(
      `the rebuilt projection differs from the live one (${check.fingerprint.live.sha256.slice(0, 12)} live, ${check.fingerprint.rebuilt.sha256.slice(0, 12)} rebuilt)`,
    );
  const winners = rounds.flatMap((round) => round.winners);
  if (!isDeepStrictEqual(check.raceWinnersInLog, winners))
    violations.push(
      `the race stream holds ${check.raceWinnersInLog.length} corrections, the racers were told of ${winners.length} winners`,
    );
  return violations;
}
