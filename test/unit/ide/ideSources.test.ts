import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IDE_SOURCES } from "../../../src/server/ideSources";

/** Every TypeScript file under a folder. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourcesUnder(full);
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [full] : [];
  });
}

describe("what the pages' build is made from (IDE_SOURCES)", () => {
  it("holds every file of the project that ide/ imports, so that changing one rebuilds the pages", () => {
    const outside = new Set<string>();
    for (const file of sourcesUnder("ide")) {
      for (const [, specifier] of readFileSync(file, "utf8").matchAll(/from\s+"(\.[^"]+)"/g)) {
        const target = path.relative(".", path.resolve(path.dirname(file), specifier!));
        if (!target.startsWith(`ide${path.sep}`)) outside.add(target);
      }
    }
    const listed = (target: string) =>
      IDE_SOURCES.some(
        (source) => target === source.replace(/\.tsx?$/, "") || target.startsWith(`${source}/`),
      );
    expect([...outside].filter((target) => !listed(target))).toEqual([]);
    expect(outside.size).toBeGreaterThan(0);
  });
});
