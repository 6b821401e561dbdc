import { parseExample, type Example } from "./parseExample";

export type { Example };

/**
 * The saved example operations: every `ide/examples/*.graphql` file, inlined at build time and
 * ordered by file name, so a numeric prefix (`01-`, `02-`, …) sets the order of the tabs and of
 * the menu. parseExample says how a file's comment becomes its title.
 */
const sources = import.meta.glob<string>("./examples/*.graphql", {
  query: "?raw",
  import: "default",
  eager: true,
});

export const examples: readonly Example[] = Object.entries(sources)
  .map(([path, source]) => parseExample(path, source))
  .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
