import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config/projectRoot";

/** The frontends guide: the set-ups a frontend developer copies. */
export const FRONTENDS_GUIDE = path.join(projectRoot(), "docs", "frontends.md");

/** The address the guide's snippets name: the API as `npm start` serves it. */
export const GUIDE_API = "127.0.0.1:4000";

export interface Snippet {
  name: string;
  language: string;
  code: string;
  /** Where the guide puts it in a frontend's project (`src/main.tsx`), when it says. */
  file?: string;
}

/**
 * The fenced blocks of the frontends guide marked `<!-- frontend-snippet: NAME -->`, or
 * `<!-- frontend-snippet: NAME FILE -->` when the guide names the file the code goes in, by name.
 */
export function frontendsGuideSnippets(
  guide = readFileSync(FRONTENDS_GUIDE, "utf8"),
): Map<string, Snippet> {
  const snippets = new Map<string, Snippet>();
  const marked =
    /^<!-- frontend-snippet: ([\w-]+)(?: ([\w./-]+))? -->\n```(\w+)\n([\s\S]*?)\n```$/gm;
  for (const [, name, file, language, code] of guide.matchAll(marked)) {
    if (snippets.has(name!)) throw new Error(`the frontends guide has two snippets "${name}"`);
    snippets.set(name!, {
      name: name!,
      language: language!,
      code: `${code}\n`,
      ...(file ? { file } : {}),
    });
  }
  return snippets;
}

/** A snippet's code with the guide's address replaced by the test server's (host:port). */
export function aimedAt(snippet: Snippet, address: string): string {
  return snippet.code.replaceAll(GUIDE_API, address);
}

/**
 * A TypeScript snippet of the guide as a module, aimed at the test server, loaded through the
 * tests' own transformer. It is written under test-results/ (not committed), inside the project
 * so that its imports resolve to the project's packages.
 */
export async function loadGuideModule<T>(name: string, address: string): Promise<T> {
  const snippet = frontendsGuideSnippets().get(name);
  if (!snippet) throw new Error(`the frontends guide has no snippet "${name}"`);
  if (snippet.language !== "ts") throw new Error(`the snippet "${name}" is not TypeScript`);
  const dir = path.join(projectRoot(), "test-results", "frontend-snippets");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${address.replace(/\W/g, "-")}.ts`);
  writeFileSync(file, aimedAt(snippet, address));
  return (await import(file)) as T;
}
