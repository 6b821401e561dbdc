/**
 * The saved example operations: every `ide/examples/*.graphql` file, inlined at build time.
 *
 * A file's first line, when it is a comment (`# Title`), names the example; otherwise the file
 * name does (without its numeric prefix and extension). Files are ordered by file name, so a
 * numeric prefix (`01-`, `02-`, …) sets the order of the tabs.
 */
export interface Example {
  /** The file's name, e.g. `01-hello.graphql`. */
  file: string;
  /** The first-line comment's text, e.g. `Hello`. */
  title: string;
  /** The whole file, comment included. */
  query: string;
}

export function parseExample(path: string, source: string): Example {
  const file = path.slice(path.lastIndexOf("/") + 1);
  const firstLine = source.split(/\r?\n/, 1)[0] ?? "";
  const comment = /^\s*#\s*(.*?)\s*$/.exec(firstLine)?.[1];
  const title =
    comment ||
    file
      .replace(/\.graphql$/, "")
      .replace(/^\d+[-_ ]*/, "")
      .replace(/[-_]+/g, " ");
  return { file, title, query: source };
}

const sources = import.meta.glob<string>("./examples/*.graphql", {
  query: "?raw",
  import: "default",
  eager: true,
});

export const examples: readonly Example[] = Object.entries(sources)
  .map(([path, source]) => parseExample(path, source))
  .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
