/**
 * npm run cypher -- "<query>": an analyst's Cypher, read-only, against the project's Neo4j.
 * Without a query: an interactive prompt (or the statements piped to it, one after another).
 */
import { createInterface } from "node:readline";
import { Neo4jError, type Driver } from "neo4j-driver";
import {
  CYPHER_USAGE,
  parseCypherArguments,
  parseParam,
  UsageError,
  type CypherOptions,
} from "../analyst/cypherArguments";
import { splitStatements } from "../analyst/cypherStatements";
import { CypherQueryError, runReadOnlyCypher } from "../analyst/readOnlyCypher";
import { formatResult, resultSummary } from "../analyst/resultFormats";
import { toCellText } from "../analyst/cypherValues";
import { openDatabase } from "../neo4j/openDatabase";
import { runCli } from "./runCli";

const EXIT = { ok: 0, queryFailed: 1, usage: 2 } as const;

const note = (line: string) => process.stderr.write(`${line}\n`);

/** Runs one statement and prints its result; false when it failed (the error is printed). */
async function runStatement(
  driver: Driver,
  database: string,
  cypher: string,
  options: CypherOptions,
): Promise<boolean> {
  try {
    const result = await runReadOnlyCypher(driver, database, { cypher, ...options });
    process.stdout.write(`${formatResult(result, options.format)}\n`);
    note(resultSummary(result, options.limit));
    return true;
  } catch (error) {
    if (!(error instanceof CypherQueryError)) throw error;
    note(`error ${error.kind}${error.neo4jCode ? ` (${error.neo4jCode})` : ""}: ${error.message}`);
    return false;
  }
}

async function interactive(driver: Driver, database: string, options: CypherOptions) {
  const tty = process.stdin.isTTY === true;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
  const prompt = (continued: boolean) => {
    if (!tty) return;
    rl.setPrompt(continued ? "   ...> " : "cypher> ");
    rl.prompt();
  };
  if (tty) note(`read-only Cypher on ${database}; end a query with ;  :help  :exit`);
  let buffer = "";
  let failed = false;
  rl.on("SIGINT", () => {
    if (buffer.trim() === "") return rl.close();
    buffer = "";
    process.stdout.write("\n");
    prompt(false);
  });
  prompt(false);
  for await (const line of rl) {
    const command = buffer.trim() === "" ? line.trim() : "";
    if (command.startsWith(":")) {
      const [name, ...rest] = command.split(/\s+/);
      if (name === ":exit" || name === ":quit") break;
      if (name === ":help") note(CYPHER_USAGE);
      else if (name === ":params") {
        for (const [key, value] of Object.entries(options.params))
          note(`${key} = ${toCellText(value)}`);
      } else if (name === ":param") {
        try {
          const [key, value] = parseParam(rest.join(" "));
          options.params[key] = value;
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          note(`error: ${error.message}`);
        }
      } else note(`unknown command ${name}: try :help`);
      prompt(false);
      continue;
    }
    const { statements, rest } = splitStatements(`${buffer}${line}\n`);
    buffer = rest;
    for (const statement of statements) {
      if (!(await runStatement(driver, database, statement, options))) failed = true;
    }
    prompt(buffer.trim() !== "");
  }
  rl.close();
  // Piped input may end without a last semicolon.
  if (buffer.trim() !== "" && !(await runStatement(driver, database, buffer.trim(), options)))
    failed = true;
  return failed && !tty ? EXIT.queryFailed : EXIT.ok;
}

runCli(async () => {
  let parsed;
  try {
    parsed = parseCypherArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    note(`usage error: ${error.message}\n\n${CYPHER_USAGE}`);
    return EXIT.usage;
  }
  if (parsed.kind === "help") {
    console.log(CYPHER_USAGE);
    return EXIT.ok;
  }
  const { query, options } = parsed;
  let single: string | undefined;
  if (query !== undefined) {
    const { statements, rest } = splitStatements(`${query};`);
    if (statements.length !== 1 || rest.trim() !== "") {
      note("usage error: give one query at a time (or none, for the interactive prompt)");
      return EXIT.usage;
    }
    single = statements[0];
  }
  // Read-only: no schema is ensured (that would write); the local Neo4j is started if need be.
  let db;
  try {
    db = await openDatabase({ ensureSchema: false, report: (line) => note(`[neo4j] ${line}`) });
  } catch (error) {
    if (!(error instanceof Neo4jError)) throw error;
    note(`error ${error.code}: could not open the database: ${error.message}`);
    return EXIT.queryFailed;
  }
  try {
    if (single !== undefined) {
      return (await runStatement(db.driver, db.database, single, options))
        ? EXIT.ok
        : EXIT.queryFailed;
    }
    return await interactive(db.driver, db.database, options);
  } finally {
    await db.close();
  }
});
