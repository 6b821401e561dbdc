import { orderedRuns, type OrderedRow } from "../../../src/projection/orderedRuns";

const row = (type: string, id: string): OrderedRow => ({ type, id });
const BARRIERS = new Set(["EntitiesMerged", "FactRetracted"]);
const runsOf = (rows: OrderedRow[]) =>
  orderedRuns(rows, (type) => BARRIERS.has(type)).map((run) => run.map((r) => `${r.type}:${r.id}`));

describe("orderedRuns: a batch's ordered rows, one run per type where their facts allow", () => {
  it("puts interleaved types of different facts in one run per type", () => {
    expect(
      runsOf([
        row("FactCorroborated", "a"),
        row("AliasAdded", "b"),
        row("FactCorroborated", "c"),
        row("AliasAdded", "d"),
        row("FactCorroborated", "e"),
      ]),
    ).toEqual([
      ["FactCorroborated:a", "FactCorroborated:c", "FactCorroborated:e"],
      ["AliasAdded:b", "AliasAdded:d"],
    ]);
  });

  it("never applies a row of a fact before an earlier row of the same fact", () => {
    expect(
      runsOf([
        row("FactCorroborated", "a"),
        row("FactCorrected", "a"),
        row("FactCorroborated", "a"),
        row("FactCorroborated", "b"),
      ]),
    ).toEqual([
      ["FactCorroborated:a"],
      ["FactCorrected:a"],
      ["FactCorroborated:a", "FactCorroborated:b"],
    ]);
  });

  it("moves no row across a merge or a retraction, which reach past their fact", () => {
    expect(
      runsOf([
        row("FactCorroborated", "a"),
        row("EntitiesMerged", "x"),
        row("FactCorroborated", "b"),
        row("FactRetracted", "y"),
        row("FactRetracted", "z"),
        row("FactCorroborated", "c"),
      ]),
    ).toEqual([
      ["FactCorroborated:a"],
      ["EntitiesMerged:x"],
      ["FactCorroborated:b"],
      ["FactRetracted:y"],
      ["FactRetracted:z"],
      ["FactCorroborated:c"],
    ]);
  });

  it("keeps every row exactly once, and each fact's rows in log order", () => {
    const types = ["FactCorroborated", "AliasAdded", "ClaimRecorded", "FactCorrected"];
    const rows = Array.from({ length: 400 }, (_, i) =>
      row(i % 37 === 0 ? "EntitiesMerged" : types[(i * 7) % 4]!, `f${(i * 13) % 11}`),
    ).map((r, i) => ({ ...r, position: i }));
    const runs = orderedRuns(rows, (type) => BARRIERS.has(type));
    const applied = runs.flat();
    expect(applied.map((r) => r.position).sort((a, b) => a - b)).toEqual(rows.map((_, i) => i));
    for (const run of runs) expect(new Set(run.map((r) => r.type)).size).toBe(1);
    const seen = new Map<string, number>();
    for (const r of applied) {
      expect(r.position).toBeGreaterThan(seen.get(r.id) ?? -1);
      seen.set(r.id, r.position);
    }
    // Each barrier keeps its place: everything before it in the log is applied before it.
    applied.forEach((r, i) => {
      if (BARRIERS.has(r.type))
        expect(applied.slice(0, i).every((before) => before.position < r.position)).toBe(true);
    });
    // Cut only where the type changes, these rows would take a run each.
    expect(runs.length).toBeLessThan(rows.length / 2);
  });
});
