/** Pieces of SDL text, for the generators of schema/: formatted at the end by prettier. */

/** A GraphQL description: a string, or a block string when it spans lines (or is asked for). */
export function description(text: string, block = false): string {
  if (block || text.includes("\n")) return `"""\n${text}\n"""`;
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A description with the definition it describes, each line indented. */
export function described(
  text: string | undefined,
  definition: string,
  indent = "",
  block = false,
): string {
  const lines = text === undefined ? [definition] : [description(text, block), definition];
  return lines
    .join("\n")
    .split("\n")
    .map((line) => (line === "" ? line : indent + line))
    .join("\n");
}

/** A list of names as a GraphQL list of strings: ["Agency", "Entity"]. */
export function stringList(values: readonly string[]): string {
  return `[${values.map((v) => `"${v}"`).join(", ")}]`;
}

/** A @cypher directive holding a statement as a block string. */
export function cypherDirective(statement: string, columnName: string): string {
  return `@cypher(statement: """\n${statement}\n""", columnName: "${columnName}")`;
}

/** A comment block, each line prefixed with "# ". */
export function comment(text: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? "#" : `# ${line}`))
    .join("\n");
}
