/**
 * First step of npm run codegen: writes the files generated from src/vocabulary and src/graph
 * (src/codegen/generatedFiles.ts), before src/cli/printSchemas.ts prints the API they make.
 * With --check, writes nothing and fails naming the files that are not current.
 */
import { writeFileSync } from "node:fs";
import { generatedContent } from "../codegen/GeneratedFile";
import { GENERATED_FILES } from "../codegen/generatedFiles";
import { projectRoot } from "../config/projectRoot";
import { VOCABULARY } from "../vocabulary/Vocabulary";
import { vocabularyProblems } from "../vocabulary/vocabularyProblems";
import { runCli, say } from "./runCli";

runCli(async () => {
  const problems = vocabularyProblems(VOCABULARY);
  if (problems.length > 0) {
    console.error(`src/vocabulary is not sound:\n- ${problems.join("\n- ")}`);
    return 1;
  }
  const check = process.argv.includes("--check");
  const stale: string[] = [];
  for (const entry of GENERATED_FILES) {
    const { path, current, expected } = await generatedContent(entry, projectRoot());
    if (current === expected) continue;
    stale.push(entry.file);
    if (!check) writeFileSync(path, expected);
  }
  if (check && stale.length > 0) {
    console.error(`not current (run npm run codegen): ${stale.join(", ")}`);
    return 1;
  }
  say(
    stale.length === 0
      ? `generated files are current (${GENERATED_FILES.map((e) => e.file).join(", ")})`
      : `wrote ${stale.join(", ")}`,
  );
});
