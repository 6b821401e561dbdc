import type { SeedFolder, SeedProblem } from "./seedFolderTypes";

/**
 * Folders in load order: each after the folders of the articles it builds on, in name order where
 * that leaves a choice (Kahn's algorithm over `buildsOn`). An article it builds on that no folder
 * holds, an article two folders hold, and folders building on each other (a cycle) are problems
 * naming the folders; the folders left unordered by a cycle come last, in name order, so that a
 * check can go on.
 */
export function orderFolders(
  folders: readonly SeedFolder[],
  problems: SeedProblem[],
): SeedFolder[] {
  const byArticle = new Map<string, SeedFolder>();
  for (const folder of folders) {
    const articleId = folder.bundle.article.articleId;
    const other = byArticle.get(articleId);
    if (other) {
      problems.push({
        folder: folder.name,
        file: "article.yaml",
        field: "articleId",
        message: `article "${articleId}" is also the folder ${other.name}'s`,
      });
      continue;
    }
    byArticle.set(articleId, folder);
  }
  const needs = new Map<SeedFolder, Set<SeedFolder>>();
  for (const folder of byArticle.values()) {
    const before = new Set<SeedFolder>();
    folder.buildsOn.forEach((articleId, index) => {
      const base = byArticle.get(articleId);
      if (base === folder) {
        problems.push({
          folder: folder.name,
          file: "article.yaml",
          field: `buildsOn[${index}]`,
          message: "an article cannot build on itself",
        });
      } else if (base) before.add(base);
      else {
        problems.push({
          folder: folder.name,
          file: "article.yaml",
          field: `buildsOn[${index}]`,
          message: `no folder holds the article "${articleId}" it builds on`,
        });
      }
    });
    needs.set(folder, before);
  }
  const ordered: SeedFolder[] = [];
  const pending = [...needs.keys()].sort((a, b) => a.name.localeCompare(b.name));
  for (;;) {
    const ready = pending.findIndex((folder) =>
      [...needs.get(folder)!].every((base) => ordered.includes(base)),
    );
    if (ready < 0) break;
    ordered.push(...pending.splice(ready, 1));
  }
  const inCycle = pending.filter((folder) => reaches(needs, folder, folder));
  const cycle = inCycle.map((folder) => folder.name).join(", ");
  for (const folder of pending) {
    problems.push({
      folder: folder.name,
      file: "article.yaml",
      field: "buildsOn",
      message: inCycle.includes(folder)
        ? `the folders ${cycle} build on each other (a cycle): none of them can be loaded first`
        : `it builds on folders of a cycle (${cycle}), which cannot be loaded`,
    });
  }
  return [...ordered, ...pending];
}

/** Whether `target` is among what `from` builds on, directly or not. */
function reaches(
  needs: ReadonlyMap<SeedFolder, ReadonlySet<SeedFolder>>,
  from: SeedFolder,
  target: SeedFolder,
): boolean {
  const seen = new Set<SeedFolder>();
  const stack = [...needs.get(from)!];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === target) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...needs.get(next)!);
  }
  return false;
}
