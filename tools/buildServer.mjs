// npm start's prestart: src/ compiled to CommonJS in dist/server/ by SWC, file by file, only the
// files changed since their output was written (and outputs of deleted sources removed). SWC
// strips the types without checking them: a first start compiles in a second or two where tsc
// took 10 to 15 s of CPU on two cores, and an unchanged tree costs a directory walk.
// Type checking is npm run typecheck's (and CI's); npm run build:server compiles with tsc.
// Plain JavaScript, so that it runs before anything is compiled.
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transformFile } from "@swc/core";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const sourceDir = path.join(root, "src");
const outDir = path.join(root, "dist", "server");

/** Every file under `dir` (relative to it) whose name passes `keep`. */
async function filesUnder(dir, keep) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

async function mtime(file) {
  return (await stat(file).catch(() => undefined))?.mtimeMs ?? -1;
}

/** What tsconfig.build.json gives tsc: CommonJS for Node, ES2023, source maps beside each file. */
const SWC_OPTIONS = {
  swcrc: false,
  jsc: { parser: { syntax: "typescript" }, target: "es2023", keepClassNames: true },
  module: { type: "commonjs" },
  sourceMaps: true,
};

async function compile(relative) {
  const source = path.join(sourceDir, relative);
  const output = path.join(outDir, relative.replace(/\.ts$/, ".js"));
  if ((await mtime(output)) >= (await mtime(source))) return false;
  const { code, map } = await transformFile(source, {
    ...SWC_OPTIONS,
    filename: source,
    sourceFileName: path.relative(path.dirname(output), source),
  });
  await mkdir(path.dirname(output), { recursive: true });
  await writeFile(output, `${code}\n//# sourceMappingURL=${path.basename(output)}.map\n`);
  await writeFile(`${output}.map`, map ?? "");
  return true;
}

const started = performance.now();
const sources = await filesUnder(
  sourceDir,
  (name) => name.endsWith(".ts") && !name.endsWith(".d.ts"),
);
const compiled = (await Promise.all(sources.map(compile))).filter(Boolean).length;
// A source deleted or renamed leaves no compiled file behind for something to load by mistake.
const expected = new Set(sources.map((file) => file.replace(/\.ts$/, ".js")));
const outputs = await filesUnder(outDir, (name) => name.endsWith(".js"));
for (const orphan of outputs.filter((file) => !expected.has(file))) {
  await rm(path.join(outDir, orphan), { force: true });
  await rm(path.join(outDir, `${orphan}.map`), { force: true });
}
if (compiled > 0) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[build] compiled ${compiled} of ${sources.length} files of src/ in ${seconds}s`);
}
