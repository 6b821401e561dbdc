import { readFileSync } from "node:fs";
import path from "node:path";
import { catalogueSdl } from "../catalogue/catalogueSdl";
import { CATALOGUE } from "../catalogue/commands";
import { projectRoot } from "../config/projectRoot";

/**
 * The files of schema/ that follow from a declaration, so that it is declared once; written by
 * `npm run codegen` (src/cli/generateSchema.ts), checked by CI and a unit test.
 */
export const GENERATED_SCHEMA: readonly { file: string; generate: () => string }[] = [
  // The writes: the catalogue's commands, their inputs, payloads and events.
  { file: "commands.graphql", generate: () => catalogueSdl(CATALOGUE) },
];

/** Each generated file's path and the text it must hold (formatted as prettier formats schema/). */
export async function generatedSchemaFiles(): Promise<{ file: string; text: string }[]> {
  // Loaded here only: prettier loads its parsers by dynamic import, which Jest's modules lack.
  const { format } = await import("prettier");
  const options = JSON.parse(readFileSync(path.join(projectRoot(), ".prettierrc.json"), "utf8"));
  return Promise.all(
    GENERATED_SCHEMA.map(async ({ file, generate }) => ({
      file: path.join(projectRoot(), "schema", file),
      text: await format(generate(), { ...options, parser: "graphql" }),
    })),
  );
}
