import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { exportLog } from "../../src/backup/exportLog";
import { importLog } from "../../src/backup/importLog";
import { CommandHandler } from "../../src/commands/CommandHandler";
import { DomainError } from "../../src/domain/DomainError";
import { Neo4jEventStore } from "../../src/eventstore/Neo4jEventStore";
import { emptyDatabase } from "../../tools/support/emptyDatabase";
import { randomCommands } from "./randomCommands";
import { snapshot } from "./storedLog";
import { freshServices, TEST_DATABASE } from "./testServices";

/**
 * What the backup tests work with, for the describe that calls it: a fresh database and command
 * handler before each test, a folder of archives for the describe, and the steps they repeat.
 */
export function backupFixture() {
  const ctx = {
    driver: undefined as unknown as Driver,
    handler: undefined as unknown as CommandHandler,
    store: undefined as unknown as Neo4jEventStore,
    dir: "",
  };

  beforeAll(() => {
    ctx.dir = mkdtempSync(path.join(os.tmpdir(), "iss-backup-"));
  });

  beforeEach(async () => {
    ({ driver: ctx.driver, handler: ctx.handler } = await freshServices());
    ctx.store = new Neo4jEventStore(ctx.driver, TEST_DATABASE);
  });

  afterEach(async () => {
    await ctx.driver?.close();
  });

  afterAll(() => {
    rmSync(ctx.dir, { recursive: true, force: true });
  });

  /** A file of the describe's folder. */
  const file = (name: string) => path.join(ctx.dir, name);

  function exportTo(name: string, options: Parameters<typeof exportLog>[2] = {}) {
    return exportLog(ctx.store, () => createWriteStream(file(name), { flush: true }), {
      pageSize: 50,
      ...options,
    });
  }

  function importFrom(name: string, options: Parameters<typeof importLog>[3] = {}) {
    return importLog(ctx.driver, TEST_DATABASE, file(name), { batchSize: 37, ...options });
  }

  /** Random commands by two actors, some with a command id of their own; the refused ones skipped. */
  async function runCommands(count: number, seed: number, idPrefix = `s${seed}`) {
    let accepted = 0;
    for (const [i, command] of randomCommands(count, seed).entries()) {
      const commandId = i % 3 === 0 ? `${idPrefix}-${i}` : undefined;
      await ctx.handler
        .execute({ command, commandId }, { actor: i % 2 === 0 ? "alice" : "bob" })
        .then(
          () => (accepted += 1),
          (error: unknown) => {
            if (!(error instanceof DomainError)) throw error;
          },
        );
    }
    return accepted;
  }

  /** Empties the database (and checks it), with a new command handler over it. */
  async function emptied() {
    await emptyDatabase(ctx.driver);
    expect((await snapshot(ctx.driver)).log).toEqual({ head: 0, events: [], streams: [] });
    ctx.handler = new CommandHandler(ctx.driver, TEST_DATABASE);
  }

  return { ctx, file, exportTo, importFrom, runCommands, emptied };
}
