import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config/projectRoot";

/** The address the README's snippets name: the API as `npm start` serves it. */
export const README_API = "127.0.0.1:4000";

export interface Snippet {
  name: string;
  language: string;
  code: string;
}

/**
 * The fenced blocks of the README's "For frontends" section that are marked
 * `<!-- frontend-snippet: NAME -->`, by name: the code a frontend developer copies.
 */
export function readmeSnippets(
  readme = readFileSync(path.join(projectRoot(), "README.md"), "utf8"),
): Map<string, Snippet> {
  const start = readme.indexOf("\n## For frontends\n");
  if (start < 0) throw new Error('the README has no "## For frontends" section');
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const snippets = new Map<string, Snippet>();
  const marked = /<!-- frontend-snippet: ([\w-]+) -->\n```(\w+)\n([\s\S]*?)\n```/g;
  for (const [, name, language, code] of section.matchAll(marked))
    snippets.set(name!, { name: name!, language: language!, code: `${code}\n` });
  return snippets;
}

/** A snippet's code with the README's address replaced by the test server's (host:port). */
export function aimedAt(snippet: Snippet, address: string): string {
  return snippet.code.replaceAll(README_API, address);
}

/**
 * A TypeScript snippet of the README as a module, aimed at the test server, loaded through the
 * tests' own transformer. It is written under test-results/ (not committed), inside the project
 * so that its imports resolve to the project's packages.
 */
export async function loadReadmeModule<T>(name: string, address: string): Promise<T> {
  const snippet = readmeSnippets().get(name);
  if (!snippet) throw new Error(`the README has no frontend snippet "${name}"`);
  if (snippet.language !== "ts") throw new Error(`the snippet "${name}" is not TypeScript`);
  const dir = path.join(projectRoot(), "test-results", "frontend-snippets");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${address.replace(/\W/g, "-")}.ts`);
  writeFileSync(file, aimedAt(snippet, address));
  return (await import(file)) as T;
}
