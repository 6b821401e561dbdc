/**
 * A bounded list's heading: its name, and when the list shows only some of its entries (the
 * operation's `limit`), which and how many there are: "What was said about it (the 50 newest of
 * 1,204)". `which` says what the limit kept: "newest", "first".
 */
export function listHeading(
  name: string,
  shown: number,
  total: number | undefined,
  which = "newest",
): string {
  return total !== undefined && total > shown
    ? `${name} (the ${shown} ${which} of ${total.toLocaleString("en")})`
    : name;
}
