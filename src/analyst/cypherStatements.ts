/**
 * Splits Cypher text at the semicolons that end statements: not those inside strings, quoted
 * names or comments. `rest` is the text after the last complete statement (a statement still
 * being typed).
 */
export function splitStatements(text: string): { statements: string[]; rest: string } {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const closeAt = (close: string, from: number) => {
    const end = text.indexOf(close, from);
    return end < 0 ? text.length : end + close.length;
  };
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    if (char === "'" || char === '"' || char === "`") {
      i = skipQuoted(text, i);
    } else if (char === "/" && next === "/") {
      i = closeAt("\n", i + 2);
    } else if (char === "/" && next === "*") {
      i = closeAt("*/", i + 2);
    } else if (char === ";") {
      const statement = text.slice(start, i).trim();
      if (statement !== "") statements.push(statement);
      start = i + 1;
      i += 1;
    } else {
      i += 1;
    }
  }
  return { statements, rest: text.slice(start) };
}

/** The index after a quoted string or name that opens at `open` (backslash escapes in strings). */
function skipQuoted(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "\\" && quote !== "`") i += 1;
    else if (text[i] === quote) {
      // A doubled backtick is an escaped backtick inside a quoted name.
      if (quote === "`" && text[i + 1] === "`") i += 1;
      else return i + 1;
    }
  }
  return text.length;
}
