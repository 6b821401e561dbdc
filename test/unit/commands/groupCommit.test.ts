import { AsyncLocalStorage } from "node:async_hooks";
import {
  GroupCommit,
  UnitAbandoned,
  type GroupCommitOptions,
  type Outcome,
} from "../../../src/commands/GroupCommit";

/** A flush that records its groups and answers each unit as told. */
function recorder(answer: (unit: string) => Outcome<string> | "throw" | "fatal") {
  const groups: string[][] = [];
  const flush = async (units: readonly string[]): Promise<Outcome<string>[]> => {
    groups.push([...units]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const answers = units.map(answer);
    if (answers.includes("fatal")) throw new Error("database unreachable");
    if (units.length > 1 && answers.includes("throw")) throw new Error("a bug hit by one unit");
    return answers.map((a): Outcome<string> =>
      a === "throw" || a === "fatal" ? { ok: false, error: new Error("alone") } : a,
    );
  };
  return { groups, flush };
}

const ok = (unit: string): Outcome<string> => ({ ok: true, value: `done ${unit}` });

/** A group commit of units of size 1, groups of 10, any failure isolatable, unless told otherwise. */
const groupCommit = (
  flush: (units: readonly string[]) => Promise<Outcome<string>[]>,
  options: Partial<GroupCommitOptions<string>> = {},
) =>
  new GroupCommit(flush, { maxGroupSize: 10, sizeOf: () => 1, isolatable: () => true, ...options });

describe("group commit", () => {
  it("writes units submitted together as one group, and later ones as the next", async () => {
    const { groups, flush } = recorder(ok);
    const commit = groupCommit(flush, { maxGroupSize: 100 });
    const first = ["a", "b", "c"].map((u) => commit.submit(u));
    await new Promise((resolve) => setTimeout(resolve, 1));
    const second = ["d", "e"].map((u) => commit.submit(u));
    expect(await Promise.all([...first, ...second])).toEqual([
      "done a",
      "done b",
      "done c",
      "done d",
      "done e",
    ]);
    expect(groups).toEqual([
      ["a", "b", "c"],
      ["d", "e"],
    ]);
    expect(commit.groupCount).toBe(2);
  });

  it("writes a group outside the context of the request that started it, which serves several", async () => {
    const request = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    const commit = groupCommit(
      async (units: readonly string[]) => {
        seen.push(request.getStore());
        await new Promise((resolve) => setTimeout(resolve, 1));
        seen.push(request.getStore());
        return units.map(ok);
      },
      { maxGroupSize: 100 },
    );
    const answers = await Promise.all([
      request.run("request 1", () => commit.submit("a")),
      request.run("request 2", () => commit.submit("b")),
    ]);
    expect(answers).toEqual(["done a", "done b"]);
    expect(seen).toEqual([undefined, undefined]);
  });

  it("cuts groups at the size limit, and lets a unit larger than it go alone", async () => {
    const { groups, flush } = recorder(ok);
    const commit = groupCommit(flush, { maxGroupSize: 4, sizeOf: (unit) => unit.length });
    await Promise.all(["aa", "bb", "c", "dddddd", "e"].map((u) => commit.submit(u)));
    expect(groups).toEqual([["aa", "bb"], ["c"], ["dddddd"], ["e"]]);
  });

  it("refuses a refused unit alone", async () => {
    const { flush } = recorder((unit) =>
      unit === "bad" ? { ok: false, error: new Error("refused") } : ok(unit),
    );
    const commit = groupCommit(flush);
    const results = await Promise.allSettled(["a", "bad", "c"].map((u) => commit.submit(u)));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  });

  it("retries each unit alone when a group fails in a way one unit may have caused", async () => {
    const { groups, flush } = recorder((unit) => (unit === "bug" ? "throw" : ok(unit)));
    const commit = groupCommit(flush);
    const results = await Promise.allSettled(["a", "bug", "c"].map((u) => commit.submit(u)));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(groups).toEqual([["a", "bug", "c"], ["a"], ["bug"], ["c"]]);
  });

  it("fails every unit at once when the group failed for a reason no unit caused", async () => {
    const { groups, flush } = recorder((unit) => (unit === "b" ? "fatal" : ok(unit)));
    const commit = groupCommit(flush, {
      isolatable: (error) => (error as Error).message !== "database unreachable",
    });
    const results = await Promise.allSettled(["a", "b", "c"].map((u) => commit.submit(u)));
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(groups).toHaveLength(1);
  });

  it("stops waiting when the caller's signal aborts: a waiting unit is withdrawn, one being written may still be", async () => {
    const { groups, flush } = recorder(ok);
    const commit = groupCommit(flush, { maxGroupSize: 1 });
    const inFlight = new AbortController();
    const queued = new AbortController();
    const first = commit.submit("a", inFlight.signal);
    const second = commit.submit("b", queued.signal);
    const third = commit.submit("c");
    await new Promise((resolve) => setTimeout(resolve, 1));
    inFlight.abort("timeout");
    queued.abort("timeout");
    await expect(first).rejects.toEqual(
      expect.objectContaining({ written: "unknown", reason: "timeout" }),
    );
    await expect(second).rejects.toEqual(expect.objectContaining({ written: "no" }));
    await expect(second).rejects.toBeInstanceOf(UnitAbandoned);
    expect(await third).toBe("done c");
    expect(groups).toEqual([["a"], ["c"]]);
    const late = new AbortController();
    late.abort("closed");
    await expect(commit.submit("d", late.signal)).rejects.toMatchObject({ written: "no" });
    expect(groups).toEqual([["a"], ["c"]]);
  });
});
