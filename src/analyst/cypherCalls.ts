import { tokenize } from "./cypherTokens";

/**
 * The namespaced names a Cypher text calls: `apoc.load.json(`, `db.labels (`, `` `apoc`.load.json( ``,
 * normalised to `a.b.c` (backticks removed; whitespace and comments around the dots and before
 * the parenthesis do not hide a call). Strings and comments are skipped. Names without a
 * namespace are Cypher's own functions and are not returned: every procedure and every
 * user-defined function has a namespace.
 */
export function calledNames(text: string): string[] {
  const tokens = tokenize(text);
  const isChar = (index: number, char: string) =>
    tokens[index]?.kind === "char" && tokens[index]!.text === char;
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== "name") continue;
    const parts = [tokens[i]!.text];
    let j = i + 1;
    while (isChar(j, ".") && tokens[j + 1]?.kind === "name") {
      parts.push(tokens[j + 1]!.text);
      j += 2;
    }
    if (parts.length > 1 && isChar(j, "(")) names.add(parts.join("."));
    i = j - 1;
  }
  return [...names];
}
