import { killableTestNeo4jSettings } from "../support/KillableNeo4j";
import { formatChaosTable } from "./formatChaosTable";
import { runChaos, type KillTarget } from "./runChaos";

/**
 * npm run chaos, small: a few writers and racers, two kills of Neo4j and two of the API, on a
 * Neo4j of the test's own (runChaos kills what it started, whether the run passes or fails).
 */
describe("crash safety under load (a quick chaos run)", () => {
  it("keeps every acknowledged command, once, gapless and projected, through kills of Neo4j and of the API", async () => {
    const result = await runChaos({
      kills: 2,
      clients: 4,
      racers: 3,
      seed: 7,
      durationSeconds: 0,
      maxGapSeconds: 2,
      apiPort: 0,
      neo4j: killableTestNeo4jSettings("test-chaos"),
      report: () => {},
    });
    process.stdout.write(`\n${formatChaosTable(result)}\n`);
    const survived = (target: KillTarget) =>
      result.kills.filter((k) => k.target === target && k.writesBackMillis !== undefined).length;
    expect(result.violations).toEqual([]);
    expect([survived("neo4j"), survived("api")]).toEqual([2, 2]);
    // At least three writes before each of the four kills (runChaos waits for them).
    expect(result.commands.acknowledged).toBeGreaterThanOrEqual(12);
    // Every command was answered in the end: acknowledged, or refused as the loser of a race.
    expect(result.commands.acknowledged + result.commands.refused).toBe(result.commands.sent);
    expect(result.rounds.length).toBeGreaterThan(0);
    expect(result.log.lost).toEqual([]);
    expect(result.log.duplicates).toEqual([]);
    expect(result.log.gaps).toBe(0);
    expect(result.log.projection.position).toBe(result.log.head);
    expect(result.log.fingerprint.equal).toBe(true);
    // While Neo4j was down, requests were answered SERVICE_UNAVAILABLE, not left hanging.
    expect(result.requests.unavailableMillis.length).toBeGreaterThan(0);
  }, 900_000);
});
