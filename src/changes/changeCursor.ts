import { invalid } from "../domain/DomainError";

/**
 * The cursors of `changes`: the log position a page covers up to, as an opaque string (base64 of
 * "changes:<position>"). A position stays valid whatever is appended after it, so a cursor does
 * not shift when facts are written between two pages (keyset paging on the log's order).
 */
const PREFIX = "changes:";

export function cursorOfPosition(position: number): string {
  return Buffer.from(`${PREFIX}${position}`, "utf8").toString("base64");
}

/** The position a cursor of ours stands for; anything else is refused (BAD_USER_INPUT, `after`). */
export function positionOfCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, "base64").toString("utf8");
  const position = new RegExp(`^${PREFIX}(0|[1-9]\\d{0,14})$`).exec(decoded)?.[1];
  // Node's base64 decoding skips what is not base64; encoding back shows it.
  if (position === undefined || cursorOfPosition(Number(position)) !== cursor)
    throw invalid(
      "after",
      "after is not a cursor of changes: pass endCursor as the API returned it",
    );
  return Number(position);
}
