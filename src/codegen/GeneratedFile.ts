import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * A file that npm run codegen writes (src/cli/generate.ts): whole, or the generated regions of a
 * hand-written one (it gets its current content). CI fails when running it changes a file.
 */
export interface GeneratedFile {
  /** Its path from the project root. */
  file: string;
  /** Its content as written (an SDL file formatted as prettier formats schema/). */
  generate(current: string | undefined): string | Promise<string>;
  /**
   * For an SDL file: its definitions before formatting. Tests compare them with the file's
   * (print(parse(...))) without prettier, which Jest's module system cannot load.
   */
  sdl?: () => string;
}

/** What the file holds now, and what it should hold. */
export async function generatedContent(entry: GeneratedFile, root: string) {
  const at = path.join(root, entry.file);
  const current = existsSync(at) ? readFileSync(at, "utf8") : undefined;
  return { path: at, current, expected: await entry.generate(current) };
}
