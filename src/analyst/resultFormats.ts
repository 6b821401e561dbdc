import type { OutputFormat } from "./cypherArguments";
import { toCellText, toJsonValue } from "./cypherValues";
import type { ReadOnlyResult } from "./readOnlyCypher";

/**
 * A result as text: a Markdown table (what the cookbook's expected answers are written in),
 * JSON (an array of row objects) or CSV (RFC 4180, with a header row).
 */
export function formatResult(
  result: Pick<ReadOnlyResult, "columns" | "rows">,
  format: OutputFormat,
): string {
  switch (format) {
    case "table":
      return markdownTable(result.columns, result.rows);
    case "json":
      return JSON.stringify(
        result.rows.map((row) =>
          Object.fromEntries(result.columns.map((column, i) => [column, toJsonValue(row[i])])),
        ),
        null,
        2,
      );
    case "csv":
      return [result.columns, ...result.rows.map((row) => row.map(csvCell))]
        .map((cells) => cells.map(csvField).join(","))
        .join("\r\n");
    default: {
      const unknown: never = format;
      throw new Error(`no output format ${String(unknown)}`);
    }
  }
}

/** A cell of a Markdown table: its text on one line, with `|` and `\` escaped. */
export function markdownCell(value: unknown): string {
  return toCellText(value).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "\\n");
}

export function markdownTable(columns: readonly string[], rows: readonly unknown[][]): string {
  const header = columns.map((column) => column.replace(/\|/g, "\\|"));
  const body = rows.map((row) => row.map(markdownCell));
  const widths = header.map((title, i) =>
    Math.max(3, title.length, ...body.map((cells) => cells[i]!.length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/** CSV leaves null empty, so an empty string and null differ ("" and nothing). */
function csvCell(value: unknown): string | null {
  return value === null || value === undefined ? null : toCellText(value);
}

function csvField(text: string | null): string {
  if (text === null) return "";
  return text === "" || /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** What to say after a result: how many rows, how long, and whether rows were cut. */
export function resultSummary(result: ReadOnlyResult, limit: number): string {
  const rows = `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}`;
  const cut = result.truncated
    ? `; the query returned more than ${limit}: rows were cut at ${limit} (--limit N shows more)`
    : "";
  return `${rows} in ${result.elapsedMs} ms${cut}`;
}
