/**
 * A bounded list's heading: its name, and when the list may show only some of its entries (the
 * operation's `limit`), which: "What was said about it (the 50 newest of 1,204)" when the total is
 * known, "(the 50 newest)" when the list is as long as the limit and the total is not asked.
 * `which` says what the limit kept: "newest", "first".
 */
export function listHeading(
  name: string,
  shown: number,
  { total, limit, which = "newest" }: { total?: number; limit?: number; which?: string },
): string {
  if (total !== undefined)
    return total > shown
      ? `${name} (the ${shown} ${which} of ${total.toLocaleString("en")})`
      : name;
  return limit !== undefined && shown >= limit ? `${name} (the ${shown} ${which})` : name;
}
