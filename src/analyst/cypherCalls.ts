/**
 * The namespaced names a Cypher text calls: `apoc.load.json(`, `db.labels (`, `` `apoc`.load.json( ``,
 * normalised to `a.b.c` (backticks removed; whitespace and comments around the dots and before
 * the parenthesis do not hide a call). Strings and comments are skipped. Names without a
 * namespace are Cypher's own functions and are not returned: every procedure and every
 * user-defined function has a namespace.
 */
export function calledNames(text: string): string[] {
  const tokens = tokenize(text);
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== "name") continue;
    const parts = [tokens[i]!.text];
    let j = i + 1;
    while (tokens[j]?.kind === "dot" && tokens[j + 1]?.kind === "name") {
      parts.push(tokens[j + 1]!.text);
      j += 2;
    }
    if (parts.length > 1 && tokens[j]?.kind === "open") names.add(parts.join("."));
    i = j - 1;
  }
  return [...names];
}

type Token = { kind: "name" | "dot" | "open" | "other"; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
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
      i = skipString(text, i);
      tokens.push({ kind: "other", text: "string" });
    } else if (char === "`") {
      let name = "";
      let k = i + 1;
      while (k < text.length) {
        if (text[k] === "`" && text[k + 1] === "`") {
          name += "`";
          k += 2;
        } else if (text[k] === "`") break;
        else name += text[k++];
      }
      tokens.push({ kind: "name", text: name });
      i = k + 1;
    } else if (/[\p{L}_$]/u.test(char)) {
      const match = /^[\p{L}\p{N}_$]+/u.exec(text.slice(i))!;
      tokens.push({ kind: "name", text: match[0] });
      i += match[0].length;
    } else {
      tokens.push({ kind: char === "." ? "dot" : char === "(" ? "open" : "other", text: char });
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
