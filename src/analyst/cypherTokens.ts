/**
 * Cypher text as tokens, for the checks made before a query runs: names (backtick-quoted names
 * unquoted; a parameter is a name starting with `$`), numbers, strings and single characters.
 * Whitespace and comments are skipped.
 */
export type CypherToken =
  | { kind: "name"; text: string; quoted: boolean }
  | { kind: "number"; text: string }
  | { kind: "string"; text: string }
  | { kind: "char"; text: string };

const NUMBER = /^(?:0x[0-9a-f_]+|0o[0-7_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:e[+-]?\d+)?)/i;

export function tokenize(text: string): CypherToken[] {
  const tokens: CypherToken[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    if (/\s/.test(char)) {
      i += 1;
    } else if (char === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end + 1;
    } else if (char === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (char === "'" || char === '"') {
      const end = skipString(text, i);
      tokens.push({ kind: "string", text: text.slice(i + 1, end - 1) });
      i = end;
    } else if (char === "`" || (char === "$" && next === "`")) {
      const start = char === "$" ? i + 1 : i;
      let name = char === "$" ? "$" : "";
      let k = start + 1;
      while (k < text.length) {
        if (text[k] === "`" && text[k + 1] === "`") {
          name += "`";
          k += 2;
        } else if (text[k] === "`") break;
        else name += text[k++];
      }
      tokens.push({ kind: "name", text: name, quoted: true });
      i = k + 1;
    } else if (/[\p{L}_$]/u.test(char)) {
      const match = /^\$?[\p{L}\p{N}_]*/u.exec(text.slice(i))!;
      tokens.push({ kind: "name", text: match[0], quoted: false });
      i += match[0].length;
    } else if (/\d/.test(char) || (char === "." && next !== undefined && /\d/.test(next))) {
      const match = NUMBER.exec(text.slice(i))!;
      tokens.push({ kind: "number", text: match[0] });
      i += match[0].length;
    } else {
      tokens.push({ kind: "char", text: char });
      i += 1;
    }
  }
  return tokens;
}

function skipString(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "\\") i += 1;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}

/** The value of a Cypher number literal (underscores between digits allowed), or NaN. */
export function numberValue(text: string): number {
  const plain = text.replace(/_/g, "").toLowerCase();
  if (plain.startsWith("0o")) return parseInt(plain.slice(2), 8);
  return Number(plain);
}
