import { catalogueSdl } from "../catalogue/catalogueSdl";
import { CATALOGUE } from "../catalogue/commands";
import { VOCABULARY } from "../vocabulary/Vocabulary";
import { entitiesSdl } from "./entitiesSdl";
import { formatSdl } from "./formatSdl";
import type { GeneratedFile } from "./GeneratedFile";
import { graphModelDoc } from "./graphModelDocTables";
import { vocabularySdl } from "./vocabularySdl";

const sdlFile = (file: string, sdl: () => string): GeneratedFile => ({
  file,
  generate: () => formatSdl(sdl()),
  sdl,
});

/**
 * Everything npm run codegen generates before it prints the API's schema (src/cli/generate.ts):
 * the parts of schema/ that follow from a declaration, so that it is declared once, and the
 * docs' tables. Add an entry here for another generated file; CI and
 * test/unit/codegen/generatedFiles.test.ts hold them current.
 */
export const GENERATED_FILES: readonly GeneratedFile[] = [
  // The reads: one type per entity kind, with the relationship fields of the vocabulary.
  sdlFile("schema/entities.graphql", () => entitiesSdl(VOCABULARY)),
  // The vocabulary's enums: kinds, relation types, closed vocabularies.
  sdlFile("schema/vocabulary.graphql", () => vocabularySdl(VOCABULARY)),
  // The writes: the catalogue's commands, their inputs, payloads and events.
  sdlFile("schema/commands.graphql", () => catalogueSdl(CATALOGUE)),
  {
    file: "docs/graph-model.md",
    generate: (current) => {
      if (current === undefined)
        throw new Error("docs/graph-model.md is written by hand: restore it");
      return graphModelDoc(VOCABULARY, current);
    },
  },
];
