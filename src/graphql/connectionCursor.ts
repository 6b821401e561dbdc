/**
 * The cursors of @neo4j/graphql's connections (`...Connection(first, after)` and the full-text
 * reads): graphql-relay's array cursors, base64 of "arrayconnection:<offset>". The library reads
 * any other string as "no cursor" and answers the first page again, so a client with a damaged
 * cursor would loop on page 1: checkOperation refuses it instead (BAD_USER_INPUT).
 */
const PREFIX = "arrayconnection:";

/** The cursor @neo4j/graphql issues for an item's offset in its connection. */
export function cursorOfOffset(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, "utf8").toString("base64");
}

/**
 * Whether the value is a cursor the library issues: the base64 (with its padding) of the prefix
 * and a whole number, written as the library writes it (no sign, no leading zero).
 */
export function isIssuedCursor(value: string): boolean {
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const offset = /^arrayconnection:(0|[1-9]\d{0,14})$/.exec(decoded)?.[1];
  // Node's base64 decoding skips what is not base64; encoding back shows it.
  return offset !== undefined && cursorOfOffset(Number(offset)) === value;
}
