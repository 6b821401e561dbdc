import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { truncate } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { exportLog, readInterruptedExport } from "../../src/backup/exportLog";
import { importLog } from "../../src/backup/importLog";
import { LogArchiveError } from "../../src/backup/LogArchiveError";
import { LogArchiveWriter } from "../../src/backup/LogArchiveWriter";
import { trailerLine, type ArchiveHeader } from "../../src/backup/logArchiveFormat";
import { LogImportError } from "../../src/backup/LogImportError";
import { CommandHandler } from "../../src/commands/CommandHandler";
import { ingestArticle } from "../../src/commands/ingestArticle";
import type { Command } from "../../src/catalogue/commands";
import { DomainError } from "../../src/domain/DomainError";
import type { ArchivedEvent } from "../../src/eventstore/ArchivedEvent";
import { LogContinuityError } from "../../src/eventstore/LogContinuityError";
import { Neo4jEventStore } from "../../src/eventstore/Neo4jEventStore";
import { projectRoot } from "../../src/config/projectRoot";
import { toNumber, toPlain } from "../../src/neo4j/neo4jValues";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { loadSeedArticles } from "../../src/seed/seedFolder";
import { emptyDatabase } from "../../tools/support/emptyDatabase";
import { TEST_ENV } from "../support/testNeo4j";
import { randomCommands } from "../support/randomCommands";
import { freshServices, TEST_DATABASE } from "../support/testServices";

/**
 * The log as stored, read here directly (not through the code under test): every event's
 * properties in position order, every stream's revision and snapshot, the head.
 */
async function storedLog(driver: Driver) {
  const run = (cypher: string) => driver.executeQuery(cypher, {}, { database: TEST_DATABASE });
  const events = await run("MATCH (e:Event) RETURN properties(e) AS e ORDER BY e.position");
  const streams = await run(
    "MATCH (s:EventStream) RETURN s.id AS id, s.revision AS revision, s.snapshot AS snapshot, s.snapshotVersion AS version ORDER BY id",
  );
  const head = await run("OPTIONAL MATCH (l:EventLog {id: 'main'}) RETURN l.position AS head");
  return {
    head: toNumber(head.records[0]?.get("head") ?? 0),
    events: events.records.map((r) => toPlain(r.get("e"))),
    streams: streams.records.map((r) => ({
      id: r.get("id") as string,
      revision: toPlain(r.get("revision")),
      version: toPlain(r.get("version")),
      // Compared as values: a restored snapshot's keys may come in another order.
      state: JSON.parse(r.get("snapshot") as string) as unknown,
    })),
  };
}

/** The whole database: the log and the projection. */
async function snapshot(driver: Driver) {
  return {
    log: await storedLog(driver),
    projection: await projectionFingerprint(driver, TEST_DATABASE),
  };
}

const lines = (file: string) => readFileSync(file, "utf8").split("\n").slice(0, -1);

describe("backup and restore of the log", () => {
  let driver: Driver;
  let handler: CommandHandler;
  let store: Neo4jEventStore;
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "iss-backup-"));
  });

  beforeEach(async () => {
    ({ driver, handler } = await freshServices());
    store = new Neo4jEventStore(driver, TEST_DATABASE);
  });

  afterEach(async () => {
    await driver?.close();
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string) => path.join(dir, name);

  function exportTo(name: string, options: Parameters<typeof exportLog>[2] = {}) {
    return exportLog(store, () => createWriteStream(file(name), { flush: true }), {
      pageSize: 50,
      ...options,
    });
  }

  function importFrom(name: string, options: Parameters<typeof importLog>[3] = {}) {
    return importLog(driver, TEST_DATABASE, file(name), { batchSize: 37, ...options });
  }

  /** Random commands by two actors, some with a command id of their own; the refused ones skipped. */
  async function runCommands(count: number, seed: number, idPrefix = `s${seed}`) {
    let accepted = 0;
    for (const [i, command] of randomCommands(count, seed).entries()) {
      const commandId = i % 3 === 0 ? `${idPrefix}-${i}` : undefined;
      await handler.execute({ command, commandId }, { actor: i % 2 === 0 ? "alice" : "bob" }).then(
        () => (accepted += 1),
        (error: unknown) => {
          if (!(error instanceof DomainError)) throw error;
        },
      );
    }
    return accepted;
  }

  async function emptied() {
    await emptyDatabase(driver);
    expect((await snapshot(driver)).log).toEqual({ head: 0, events: [], streams: [] });
    handler = new CommandHandler(driver, TEST_DATABASE);
  }

  it("restores the log into an empty database: the same projection, the same log, the same export", async () => {
    for (const bundle of loadSeedArticles())
      await ingestArticle(handler, bundle.article, bundle.facts, { actor: "seed" });
    expect(await runCommands(400, 20240229)).toBeGreaterThan(150);
    const before = await snapshot(driver);
    expect(before.log.events.length).toBeGreaterThan(250);

    const exported = await exportTo("whole.ndjson");
    expect(exported.exported).toBe(before.log.head);
    await emptied();
    const progress: number[] = [];
    const restored = await importFrom("whole.ndjson", {
      onProgress: ({ imported }) => progress.push(imported),
    });

    expect(restored).toMatchObject({
      imported: before.log.head,
      skipped: 0,
      head: before.log.head,
    });
    expect(progress.at(-1)).toBe(before.log.head);
    expect(progress.length).toBeGreaterThan(5); // in batches
    expect(await snapshot(driver)).toEqual(before);

    // Exported again, the log gives the same bytes but for the time of the export.
    const again = await exportTo("again.ndjson", { now: () => new Date("2031-01-01T00:00:00Z") });
    expect(again.trailer).toEqual(exported.trailer);
    const [firstHeader, ...firstRest] = lines(file("whole.ndjson"));
    const [secondHeader, ...secondRest] = lines(file("again.ndjson"));
    expect(secondRest).toEqual(firstRest);
    expect({ ...JSON.parse(secondHeader!), exportedAt: "" }).toEqual({
      ...JSON.parse(firstHeader!),
      exportedAt: "",
    });
    expect(JSON.parse(secondHeader!).exportedAt).toBe("2031-01-01T00:00:00.000Z");
  }, 600_000);

  it("keeps command ids working after a restore: a retry is answered as before, a reuse refused", async () => {
    const command = randomCommands(2, 7)[1]!;
    await handler.execute({ command: randomCommands(1, 7)[0]! });
    const first = await handler.execute({ command, commandId: "kept-id" }, { actor: "carol" });
    await exportTo("ids.ndjson");
    await emptied();
    await importFrom("ids.ndjson");

    expect(await handler.execute({ command, commandId: "kept-id" })).toEqual({
      ...first,
      replayed: true,
    });
    await expect(
      handler.execute({ command: randomCommands(3, 8)[2]!, commandId: "kept-id" }),
    ).rejects.toMatchObject({ kind: "already_exists" });
    // The restored streams' snapshots are read by the next commands: a stream moves on from its revision.
    const retract: Command = {
      type: "RetractFact",
      factId: first.stream,
      reason: "test",
      // A sentence of the article the random commands cite.
      source: (command as Extract<Command, { source: unknown }>).source,
    };
    const next = await handler.execute({ command: retract });
    expect(next).toMatchObject({ stream: first.stream, streamRevision: first.streamRevision + 1 });
  }, 120_000);

  it("restores events of an older schema version as stored, projecting them as a rebuild does", async () => {
    const source = (quote: string) => ({ articleId: "a", quote });
    const commands: Command[] = [
      {
        type: "RegisterArticle",
        articleId: "a",
        title: "T",
        publisher: "P",
        publishedOn: "2024-01-01",
        text: "NASA and ESA worked together in 2021.",
      },
      {
        type: "RegisterEntity",
        entityId: "nasa",
        kind: "Agency",
        name: "NASA",
        source: source("NASA"),
      },
      {
        type: "RegisterEntity",
        entityId: "esa",
        kind: "Agency",
        name: "ESA",
        source: source("ESA"),
      },
      {
        type: "LinkEntities",
        relation: "COOPERATES_WITH",
        from: "nasa",
        to: "esa",
        validFrom: "2021",
        source: source("NASA and ESA"),
      },
      {
        type: "CorroborateFact",
        factId: "relation-nasa-cooperates-with-esa",
        source: source("in 2021"),
      },
      {
        type: "RetractFact",
        factId: "relation-nasa-cooperates-with-esa",
        reason: "r",
        source: source("worked together"),
      },
    ];
    for (const command of commands) await handler.execute({ command });
    // As version 1 wrote them: a relation's lifecycle events did not name its type and ends.
    // (Rewritten here rather than in Cypher: the local Neo4j loads only the APOC the service calls.)
    const { records } = await driver.executeQuery(
      `MATCH (e:Event) WHERE e.type IN ['FactCorroborated', 'FactRetracted']
       RETURN elementId(e) AS id, e.data AS data`,
      {},
      { database: TEST_DATABASE },
    );
    for (const record of records) {
      const { relation: _relation, ...data } = JSON.parse(record.get("data") as string) as Record<
        string,
        unknown
      >;
      await driver.executeQuery(
        "MATCH (e:Event) WHERE elementId(e) = $id SET e.schemaVersion = 1, e.data = $data",
        { id: record.get("id") as string, data: JSON.stringify(data) },
        { database: TEST_DATABASE },
      );
    }
    const before = await snapshot(driver);
    await exportTo("legacy.ndjson");
    const legacy = lines(file("legacy.ndjson")).filter((l) => l.includes('"type":"Fact'));
    expect(legacy).toHaveLength(2);
    for (const line of legacy) {
      expect(line).toContain('"schemaVersion":1');
      expect(line).not.toContain('"relation"');
    }
    // The relation's first event in the same batch as its legacy events, then in an earlier one.
    for (const batchSize of [100, 1]) {
      await emptied();
      await importFrom("legacy.ndjson", { batchSize });
      expect(await snapshot(driver)).toEqual(before);
    }
  });

  it("continues a restored log with a segment exported from a position, and only onto its end", async () => {
    await runCommands(120, 1998);
    const { head: middle } = await storedLog(driver);
    await exportTo("first.ndjson");
    await runCommands(120, 1999);
    const whole = await snapshot(driver);
    const segment = await exportTo("segment.ndjson", { fromPosition: middle + 1 });
    expect(segment.header).toMatchObject({ fromPosition: middle + 1, toPosition: whole.log.head });
    const empty = await exportTo("nothing-new.ndjson", { fromPosition: whole.log.head + 1 });
    expect(empty.trailer).toMatchObject({ count: 0, lastPosition: whole.log.head });
    await expect(exportTo("past.ndjson", { fromPosition: whole.log.head + 2 })).rejects.toThrow(
      LogContinuityError,
    );

    await emptied();
    const onEmpty = await importFrom("segment.ndjson").catch((e: unknown) => e);
    expect(onEmpty).toBeInstanceOf(LogContinuityError);
    expect((onEmpty as Error).message).toContain(
      `it continues a log that ends at ${middle} (import the backup of 1 to ${middle} first)`,
    );
    expect((await storedLog(driver)).head).toBe(0);

    await importFrom("first.ndjson");
    await importFrom("segment.ndjson");
    await importFrom("nothing-new.ndjson");
    expect(await snapshot(driver)).toEqual(whole);
  }, 600_000);

  it("completes an interrupted export to the bytes an uninterrupted one writes, up to the head it began at", async () => {
    await runCommands(150, 4242);
    await exportTo("uninterrupted.ndjson");
    const bytes = readFileSync(file("uninterrupted.ndjson"));
    // Interrupted in the middle of a line; the log has moved on since.
    writeFileSync(file("interrupted.ndjson"), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await runCommands(20, 4343);

    const found = await readInterruptedExport(file("interrupted.ndjson"));
    expect(found.keepBytes).toBeLessThan(Math.floor(bytes.length * 0.6));
    await truncate(file("interrupted.ndjson"), found.keepBytes);
    const resumed = await exportLog(
      store,
      () => createWriteStream(file("interrupted.ndjson"), { flags: "a" }),
      { resume: found.progress, pageSize: 50 },
    );
    expect(resumed.exported).toBeGreaterThan(0);
    expect(readFileSync(file("interrupted.ndjson")).equals(bytes)).toBe(true);
    await expect(readInterruptedExport(file("interrupted.ndjson"))).rejects.toThrow(
      /a complete export .* nothing to resume/,
    );

    // Another log (here: an empty one) is not continued.
    writeFileSync(file("elsewhere.ndjson"), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const elsewhere = await readInterruptedExport(file("elsewhere.ndjson"));
    await emptied();
    await expect(
      exportLog(store, () => createWriteStream(file("elsewhere.ndjson"), { flags: "a" }), {
        resume: elsewhere.progress,
      }),
    ).rejects.toThrow(/this is not the log the interrupted export was made from/);
  }, 600_000);

  describe("refusals leave the database as it was", () => {
    let source: string[] | undefined;
    let whole: Awaited<ReturnType<typeof snapshot>>;

    // One backup for all of these: a log made once, exported, and the database emptied.
    beforeEach(async () => {
      if (source) return;
      await runCommands(250, 77);
      await exportTo("source.ndjson");
      source = lines(file("source.ndjson"));
      whole = await snapshot(driver);
      expect(source.length).toBeGreaterThan(70);
      await emptied();
    });

    /** Writes the lines (a newline after each unless `cut`) as a backup file. */
    function backup(name: string, content: string[], cut = false) {
      writeFileSync(file(name), content.join("\n") + (cut ? "" : "\n"));
      return name;
    }

    /** The events of `source`, changed by `edit`, written again with a trailer that matches them. */
    function rewritten(name: string, edit: (events: ArchivedEvent[]) => void) {
      const header = JSON.parse(source![0]!) as ArchiveHeader;
      const events = source!.slice(1, -1).map((l) => {
        const { kind: _kind, ...event } = JSON.parse(l) as ArchivedEvent & { kind: string };
        return event as ArchivedEvent;
      });
      edit(events);
      const writer = new LogArchiveWriter(header);
      writeFileSync(
        file(name),
        writer.headerLine() + writer.eventLines(events) + trailerLine(writer.trailer()),
      );
      return name;
    }

    it("refuses a whole backup onto a log that is not empty", async () => {
      await importFrom("source.ndjson");
      const before = await snapshot(driver);
      expect(before).toEqual(whole);
      const error = await importFrom("source.ndjson").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LogContinuityError);
      expect((error as Error).message).toContain(
        `the log is not empty (it ends at position ${before.log.head})`,
      );
      expect(await snapshot(driver)).toEqual(before);
    });

    const damaged: [string, (source: string[]) => [string[], boolean], RegExp][] = [
      [
        "a gap in positions",
        (s) => [[...s.slice(0, 10), ...s.slice(11)], false],
        /^line 11: a gap in positions: 11 follows 9 \(10 missing\)$/,
      ],
      [
        "a line that is not JSON",
        (s) => [[...s.slice(0, 5), "{not json", ...s.slice(6)], false],
        /^line 6: not JSON/,
      ],
      [
        "an unknown event type",
        (s) => [
          s.map((l, i) => (i === 7 ? l.replace(/"type":"\w+"/, '"type":"ModuleLaunched"') : l)),
          false,
        ],
        /^line 8: unknown event type "ModuleLaunched"$/,
      ],
      [
        "a changed event (the checksum)",
        (s) => [
          s.map((l, i) => (i === 3 ? l.replace(/"actor":"\w+"/, '"actor":"mallory"') : l)),
          false,
        ],
        /^line \d+: checksum mismatch: .*the file was changed or damaged$/,
      ],
      [
        "a file cut at a line's end (no trailer)",
        (s) => [s.slice(0, 30), false],
        /^line 30: the file ends without its trailer, after 29 events .*: it is truncated$/,
      ],
      [
        "a file cut in the middle of a line",
        (s) => [[...s.slice(0, 30), s[30]!.slice(0, 25)], true],
        /^line 31: not JSON .*\(the file ends there: it is truncated\)$/,
      ],
    ];

    it.each(damaged)(
      "refuses %s, naming the line, before writing anything",
      async (_, damage, message) => {
        const [content, cut] = damage(source!);
        const error = await importFrom(backup("damaged.ndjson", content, cut)).catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(LogArchiveError);
        expect((error as Error).message).toMatch(message);
        expect((await snapshot(driver)).log).toEqual({ head: 0, events: [], streams: [] });
        expect((await snapshot(driver)).projection.nodes).toBe(0);
      },
    );

    it("stops at a batch the log refuses, with the log as it was before that batch; --resume continues it", async () => {
      // Sound as a file (its checksum matches), but event 50 skips a revision of its stream.
      rewritten("bad-revision.ndjson", (events) => (events[49]!.revision += 1));
      const error = await importFrom("bad-revision.ndjson", { batchSize: 20 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(LogImportError);
      expect((error as Error).message).toMatch(
        /^lines 42 to 61 \(positions 41 to 60\) were not imported: the event at position 50 is revision \d+ of stream ".+", which stands at revision \d+\. The log ends at position 40, as it did before them$/,
      );
      const partial = await storedLog(driver);
      expect(partial.head).toBe(40);
      expect(partial.events).toEqual(whole.log.events.slice(0, 40));

      // Another file whose event 40 differs is not taken for this one.
      rewritten("other.ndjson", (events) => (events[39]!.metadata.actor = "mallory"));
      await expect(importFrom("other.ndjson", { resume: true })).rejects.toThrow(
        /the log's event at position 40 differs from line 41/,
      );
      expect((await storedLog(driver)).head).toBe(40);

      const resumed = await importFrom("source.ndjson", { resume: true, batchSize: 20 });
      expect(resumed).toMatchObject({ skipped: 40, imported: whole.log.head - 40 });
      expect(await snapshot(driver)).toEqual(whole);
    });
  });

  describe("the command-line tools", () => {
    function run(script: "export" | "import", args: string[]) {
      const child = spawn("npm", ["run", "-s", script, "--", ...args], {
        cwd: projectRoot(),
        env: {
          ...process.env,
          NEO4J_URI: process.env[TEST_ENV.uri],
          NEO4J_USER: process.env[TEST_ENV.user],
          NEO4J_PASSWORD: process.env[TEST_ENV.password],
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
        child.once("close", (code) => resolve({ code, stdout, stderr })),
      );
    }

    it("export to stdout, with progress on stderr; import with a clear error and exit codes", async () => {
      await runCommands(40, 11);
      const { head } = await storedLog(driver);
      await exportTo("reference.ndjson");

      const exported = await run("export", ["--out", "-"]);
      expect(exported.code).toBe(0);
      expect(exported.stdout.split("\n").slice(1)).toEqual(
        readFileSync(file("reference.ndjson"), "utf8").split("\n").slice(1),
      );
      expect(exported.stderr).toContain(`export: ${head}/${head} events (100%)`);
      writeFileSync(file("cli.ndjson"), exported.stdout);

      const refused = await run("import", ["--in", file("cli.ndjson")]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("error: the log is not empty");

      await emptied();
      const broken = lines(file("cli.ndjson"));
      broken[4] = "{";
      writeFileSync(file("broken.ndjson"), `${broken.join("\n")}\n`);
      const bad = await run("import", ["--in", file("broken.ndjson")]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/^error: line 5: not JSON/m);
      expect((await storedLog(driver)).head).toBe(0);

      const imported = await run("import", ["--in", file("cli.ndjson")]);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toMatch(new RegExp(`imported ${head} events in .* events/s`));
      expect((await storedLog(driver)).head).toBe(head);

      const usage = await run("import", []);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain("--in FILE is required");
    }, 240_000);
  });
});
