import path from "node:path";
import { projectRoot } from "../config/projectRoot";
import { VOCABULARY } from "../vocabulary/Vocabulary";
import { entitiesSdl } from "./entitiesSdl";
import type { GeneratedFile } from "./GeneratedFile";
import { graphModelDoc } from "./graphModelDocTables";
import { formatSdl } from "./formatSdl";
import { vocabularySdl } from "./vocabularySdl";

const sdl = (file: string, text: () => string): GeneratedFile => ({
  file,
  generate: () => formatSdl(text(), path.join(projectRoot(), file)),
});

/**
 * Everything npm run codegen generates before it prints the API's schema (src/cli/generate.ts),
 * in order: the repetitive parts of schema/ and the docs' tables, from src/vocabulary and
 * src/graph. Add an entry here for another generated file.
 */
export const GENERATED_FILES: readonly GeneratedFile[] = [
  sdl("schema/entities.graphql", () => entitiesSdl(VOCABULARY)),
  sdl("schema/vocabulary.graphql", () => vocabularySdl(VOCABULARY)),
  {
    file: "docs/graph-model.md",
    generate: (current) => {
      if (current === undefined)
        throw new Error("docs/graph-model.md is written by hand: restore it");
      return graphModelDoc(VOCABULARY, current);
    },
  },
];
