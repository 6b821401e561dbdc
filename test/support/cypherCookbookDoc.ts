import { readFileSync } from "node:fs";
import path from "node:path";
import { parseParam } from "../../src/analyst/cypherArguments";
import { projectRoot } from "../../src/config/projectRoot";

/**
 * docs/cypher-cookbook.md read as data. How the document is read:
 *
 * - The level-2 part whose heading starts with "Before the questions" holds the commands to run
 *   on the seeded database first: one ```graphql block (a mutation) and, after it, ```json blocks
 *   of its variables, one block per call, run in order.
 * - The level-2 part whose heading starts with "Questions" holds the questions: each level-3
 *   heading is one, with exactly one ```cypher block, an optional line starting with
 *   "Parameters:" giving `name=value` pairs in backticks (read like `--param name=value`), and
 *   its expected answer: the first Markdown table after the Cypher block. The table's header is
 *   the columns; each row a row, in order; each cell the value as `npm run cypher` prints it in
 *   a table (cells compared as text, after trimming).
 */

export interface CookbookQuestion {
  title: string;
  cypher: string;
  params: Record<string, unknown>;
  /** The parameters as written, `name=value`. */
  paramText: string[];
  columns: string[];
  rows: string[][];
  /** Where the expected answer's table is in the document: its lines' indexes, end exclusive. */
  answerLines: { start: number; end: number };
}

export interface Cookbook {
  setup: { mutation: string; variables: Record<string, unknown>[] };
  questions: CookbookQuestion[];
}

export const CYPHER_COOKBOOK = path.join(projectRoot(), "docs", "cypher-cookbook.md");

export function readCookbook(file = CYPHER_COOKBOOK): string {
  return readFileSync(file, "utf8");
}

/** The cells of a Markdown table row, split at `|` but not at `\|`; escapes are kept. */
export function tableCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  const body = line.trim().replace(/^\|/, "");
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === "\\" && i + 1 < body.length) {
      cell += char + body[i + 1];
      i += 1;
    } else if (char === "|") {
      cells.push(cell.trim());
      cell = "";
    } else cell += char;
  }
  if (cell.trim() !== "") cells.push(cell.trim());
  return cells;
}

interface Block {
  kind: "fence" | "table" | "line";
  lang?: string;
  lines: string[];
  /** The index of the block's first line in the lines it was read from. */
  start: number;
}

/** A part of the document as fenced blocks, tables and other lines, in order. */
function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence) {
      const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
      if (end < 0) throw new Error(`a \`\`\`${fence[1]} block is not closed`);
      blocks.push({ kind: "fence", lang: fence[1]!, lines: lines.slice(i + 1, end), start: i });
      i = end;
    } else if (/^\s*\|/.test(line)) {
      const start = i;
      const table: string[] = [];
      while (i < lines.length && /^\s*\|/.test(lines[i]!)) table.push(lines[i++]!);
      i -= 1;
      blocks.push({ kind: "table", lines: table, start });
    } else blocks.push({ kind: "line", lines: [line], start: i });
  }
  return blocks;
}

/**
 * Level-2 parts (or, within one, level-3 parts): heading text, the lines under it and the index of
 * the first of them in `lines`.
 */
function partsOf(lines: readonly string[], level: number) {
  const parts: { heading: string; lines: string[]; start: number }[] = [];
  const mark = `${"#".repeat(level)} `;
  let inFence = false;
  lines.forEach((line, i) => {
    if (/^```/.test(line)) inFence = !inFence;
    if (!inFence && line.startsWith(mark))
      parts.push({ heading: line.slice(mark.length), lines: [], start: i + 1 });
    else parts[parts.length - 1]?.lines.push(line);
  });
  return parts;
}

/** A question from the lines under its heading, the first of which is line `offset` of the page. */
function parseQuestion(title: string, lines: readonly string[], offset: number): CookbookQuestion {
  const blocks = blocksOf(lines);
  const cypherBlocks = blocks.filter((b) => b.kind === "fence" && b.lang === "cypher");
  if (cypherBlocks.length !== 1)
    throw new Error(`"${title}" has ${cypherBlocks.length} cypher blocks, not one`);
  const table = blocks.slice(blocks.indexOf(cypherBlocks[0]!)).find((b) => b.kind === "table");
  if (!table || table.lines.length < 2)
    throw new Error(`"${title}" has no expected answer (a table after its cypher block)`);
  const [header, separator, ...rows] = table.lines.map(tableCells);
  if (!separator!.every((cell) => /^:?-+:?$/.test(cell)))
    throw new Error(`"${title}": the expected answer's second line is not a table separator`);
  const paramText = lines
    .filter((line) => /^Parameters:/.test(line))
    .flatMap((line) => [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
  return {
    title,
    cypher: cypherBlocks[0]!.lines.join("\n"),
    params: Object.fromEntries(paramText.map(parseParam)),
    paramText,
    columns: header!,
    rows,
    answerLines: { start: offset + table.start, end: offset + table.start + table.lines.length },
  };
}

export function parseCookbook(markdown: string): Cookbook {
  const lines = markdown.split(/\r?\n/);
  const parts = partsOf(lines, 2);
  const setupPart = parts.find((p) => /^Before the questions/i.test(p.heading));
  const questionsPart = parts.find((p) => /^Questions/i.test(p.heading));
  if (!setupPart || !questionsPart)
    throw new Error('the cookbook needs the parts "Before the questions" and "Questions"');
  const setupBlocks = blocksOf(setupPart.lines).filter((b) => b.kind === "fence");
  const mutations = setupBlocks.filter((b) => b.lang === "graphql");
  if (mutations.length !== 1) throw new Error("the setup needs exactly one graphql block");
  return {
    setup: {
      mutation: mutations[0]!.lines.join("\n"),
      variables: setupBlocks
        .filter((b) => b.lang === "json")
        .map((b) => JSON.parse(b.lines.join("\n")) as Record<string, unknown>),
    },
    questions: partsOf(questionsPart.lines, 3).map((part) =>
      parseQuestion(part.heading, part.lines, questionsPart.start + part.start),
    ),
  };
}

/** A Markdown table of an answer, its columns aligned: the columns, then the rows. */
function answerTable(columns: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = columns.map((column, i) =>
    Math.max(3, column.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(columns), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)];
}

/**
 * The cookbook with each question's answer table replaced by the one given for its title (other
 * questions, and everything else, as they are).
 */
export function withAnswers(
  markdown: string,
  answers: ReadonlyMap<
    string,
    { columns: readonly string[]; rows: readonly (readonly string[])[] }
  >,
): string {
  const lines = markdown.split(/\r?\n/);
  // From the last table up, so that a replaced table's length does not move the ones above it.
  const replaced = parseCookbook(markdown)
    .questions.filter((question) => answers.has(question.title))
    .sort((a, b) => b.answerLines.start - a.answerLines.start);
  for (const { title, answerLines } of replaced) {
    const { columns, rows } = answers.get(title)!;
    lines.splice(
      answerLines.start,
      answerLines.end - answerLines.start,
      ...answerTable(columns, rows),
    );
  }
  return lines.join("\n");
}
