/** A saved example operation: one `ide/examples/*.graphql` file. */
export interface Example {
  /** The file's name, e.g. `01-crew-by-agency.graphql`. */
  file: string;
  /** Its short title, for the examples menu: `Crew by agency`. */
  title: string;
  /** What it shows: the leading comment's text, whole (empty when it has none). */
  description: string;
  /** The whole file, comment included. */
  query: string;
}

/**
 * Reads an example file. Its leading comment (`#` lines, possibly several) describes it; the
 * title is that comment's text up to its first colon (`# Crew by agency: who is aboard...`), or
 * its first sentence when it has no colon, or the file name without its numeric prefix and
 * extension when there is no comment. A title never ends in the middle of a wrapped line.
 */
export function parseExample(path: string, source: string): Example {
  const file = path.slice(path.lastIndexOf("/") + 1);
  const description = leadingComment(source);
  const title = titleOf(description) || titleFromFileName(file);
  return { file, title, description, query: source };
}

/** The text of the comment lines at the top of a file, joined into one paragraph. */
function leadingComment(source: string): string {
  const lines: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    const comment = /^\s*#\s?(.*?)\s*$/.exec(line);
    if (!comment) break;
    lines.push(comment[1]!);
  }
  return lines.join(" ").replace(/\s+/g, " ").trim();
}

function titleOf(description: string): string {
  const colon = description.search(/:\s/);
  if (colon > 0) return description.slice(0, colon).trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(description)?.[1] ?? description;
  return sentence.replace(/[.!?]$/, "").trim();
}

function titleFromFileName(file: string): string {
  return file
    .replace(/\.graphql$/, "")
    .replace(/^\d+[-_ ]*/, "")
    .replace(/[-_]+/g, " ");
}
