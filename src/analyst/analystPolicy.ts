/**
 * What the analysts' read-only command lets a query do, beyond reading in a READ transaction:
 * it reaches nothing outside the database (no URL, no file) and nothing of other sessions or of
 * the server's administration. Community Neo4j has no roles to say this with, so the command
 * checks each query before running it: the names its text calls, then the plan Neo4j makes of
 * it (EXPLAIN, which runs nothing). The local instance refuses URL loading itself as well
 * (src/neo4j/neo4jConf.ts); against another NEO4J_URI, this check is what stands.
 */

/** The procedures a query may call: reading the schema, full-text and vector search. */
export const ANALYST_PROCEDURES: ReadonlySet<string> = new Set([
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "db.index.fulltext.listAvailableAnalyzers",
  "db.index.vector.queryNodes",
  "db.index.vector.queryRelationships",
  "db.info",
  "dbms.components",
]);

/**
 * Functions a query may call besides Cypher's own (any built-in function is allowed: none of
 * them reaches outside the database). The event log's data is JSON text.
 */
export const ANALYST_FUNCTIONS: ReadonlySet<string> = new Set([
  "apoc.convert.fromJsonMap",
  "apoc.convert.fromJsonList",
  "apoc.version",
]);

/** SHOW commands that only describe the database's schema and code. */
const SCHEMA_SHOW_OPERATORS = new Set([
  "ShowIndexes",
  "ShowConstraints",
  "ShowProcedures",
  "ShowFunctions",
]);

/** Why an operator of a plan is refused, for those refused by name. */
const REFUSED_OPERATORS: Readonly<Record<string, string>> = {
  LoadCSV: "LOAD CSV reads URLs and files, and queries here reach nothing outside the database",
  ShowTransactions: "SHOW TRANSACTIONS shows other sessions' queries",
  TerminateTransactions: "TERMINATE TRANSACTIONS ends other sessions' queries",
  ShowSettings: "SHOW SETTINGS reads the server's configuration, which is its owner's",
  AdministrationCommand:
    "administration commands (users, databases, privileges) are the database owner's",
};

/** A plan as the driver gives it (`ResultSummary.plan`). */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/**
 * The first reason to refuse the calls a query's text makes, if any: each namespaced name it
 * calls must be a built-in function, or a procedure or function allowed here.
 */
export function refusalOfCalls(
  names: readonly string[],
  builtInFunctions: ReadonlySet<string>,
): string | undefined {
  for (const name of names) {
    if (builtInFunctions.has(name.toLowerCase())) continue;
    if (ANALYST_PROCEDURES.has(name) || ANALYST_FUNCTIONS.has(name)) continue;
    return `${name} is not allowed here: queries may call Cypher's own functions, ${[...ANALYST_FUNCTIONS].join(", ")}, and the procedures ${[...ANALYST_PROCEDURES].join(", ")}`;
  }
  return undefined;
}

/**
 * The first reason to refuse a plan, if any: an operator that loads URLs, reaches other
 * sessions or administers the server; a procedure not allowed here; a plan (or part of one)
 * that runs on another database than the session's (administration runs on `system`).
 */
export function refusalOfPlan(
  plan: PlanNode,
  database: string,
  builtInFunctions: ReadonlySet<string>,
): string | undefined {
  const [operator = "", on] = plan.operatorType.split("@");
  const details = typeof plan.arguments.Details === "string" ? plan.arguments.Details : "";
  const named = REFUSED_OPERATORS[operator];
  if (named) return named;
  if (/^(Show|Terminate)/.test(operator) && !SCHEMA_SHOW_OPERATORS.has(operator)) {
    return `${operator} is not allowed here: of the SHOW commands, queries may run ${[...SCHEMA_SHOW_OPERATORS].join(", ")}`;
  }
  if (on !== undefined && on !== database) {
    return `the query runs on the database ${on}, and queries here run on ${database} only`;
  }
  let rest = details;
  if (operator === "ProcedureCall") {
    const procedure = /^[^(\s]+/.exec(details)?.[0] ?? "";
    if (!ANALYST_PROCEDURES.has(procedure)) {
      return `${procedure || "this procedure"} is not allowed here: queries may call the procedures ${[...ANALYST_PROCEDURES].join(", ")}`;
    }
    rest = details.slice(procedure.length);
  }
  // Functions as the plan shows them (quoted names stand for one unknown name, so that a
  // quoted alias that looks like a call is no call).
  const calls = [
    ...rest
      .replace(/`(?:[^`]|``)*`/g, "quoted")
      .matchAll(/([\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)+)\(/gu),
  ].map((match) => match[1]!);
  const refused = refusalOfCalls(calls, builtInFunctions);
  if (refused) return refused;
  for (const child of plan.children) {
    const reason = refusalOfPlan(child, database, builtInFunctions);
    if (reason) return reason;
  }
  return undefined;
}
