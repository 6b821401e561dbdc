/**
 * First step of npm run codegen: writes the parts of schema/ that follow from a declaration
 * (src/graphql/generatedSchema.ts). `--check` writes nothing and fails when one is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generatedSchemaFiles } from "../graphql/generatedSchema";
import { runCli, say } from "./runCli";

runCli(async () => {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const { file, text } of await generatedSchemaFiles()) {
    const name = path.relative(process.cwd(), file);
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {
      // not written yet
    }
    if (current === text) continue;
    if (check) {
      console.error(`${name} is not what its declaration gives: run npm run codegen`);
      stale += 1;
    } else {
      writeFileSync(file, text);
      say(`wrote ${name}`);
    }
  }
  return stale === 0 ? 0 : 1;
});
