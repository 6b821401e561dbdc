import type { Session } from "neo4j-driver";

/** The index or constraint a `CREATE ... name IF NOT EXISTS` or `DROP ... name IF EXISTS` names. */
export function schemaName(statement: string): string {
  const name =
    /^(?:CREATE|DROP)\s+(?:\w+\s+)?(?:INDEX|CONSTRAINT)\s+(\w+)\s+IF\s+(?:NOT\s+)?EXISTS\b/i.exec(
      statement.trim(),
    )?.[1];
  if (!name) throw new Error(`not a named schema statement with IF [NOT] EXISTS: ${statement}`);
  return name;
}

/** The names of the database's indexes and constraints, and whether every index is online. */
async function presentSchema(session: Session): Promise<{ names: Set<string>; online: boolean }> {
  const indexes = await session.run("SHOW INDEXES YIELD name, state RETURN name, state");
  const constraints = await session.run("SHOW CONSTRAINTS YIELD name RETURN name");
  return {
    names: new Set(
      [...indexes.records, ...constraints.records].map((record) => record.get("name") as string),
    ),
    online: indexes.records.every((record) => record.get("state") === "ONLINE"),
  };
}

/**
 * Runs the `CREATE ... IF NOT EXISTS` statements whose index or constraint is missing and the
 * `DROP ... IF EXISTS` ones whose is present, then waits for the indexes to be online. By name,
 * as IF [NOT] EXISTS itself decides: a start that finds them all costs two SHOW queries rather
 * than a schema transaction per statement (some sixty, seconds on a busy machine).
 */
export async function applySchemaStatements(
  session: Session,
  statements: readonly string[],
): Promise<number> {
  const present = await presentSchema(session);
  const needed = statements.filter((statement) =>
    /^\s*DROP/i.test(statement)
      ? present.names.has(schemaName(statement))
      : !present.names.has(schemaName(statement)),
  );
  for (const statement of needed) await session.run(statement);
  if (needed.length > 0 || !present.online) await session.run("CALL db.awaitIndexes(300)");
  return needed.length;
}
