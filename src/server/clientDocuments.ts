import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "graphql";
import { projectRoot } from "../config/projectRoot";
import type { ClientDocument } from "../graphql/warmPlans";

/**
 * What the API's own browser pages send: the explorer's operations (ide/explore/operations, one
 * document, since they share fragments) and GraphiQL's examples (ide/examples, a document each).
 * Read from the files the pages are built from, so that a new operation is warmed as it is added.
 */
export function clientDocuments(root = projectRoot()): ClientDocument[] {
  const graphqlFiles = (folder: string) =>
    existsSync(path.join(root, folder))
      ? readdirSync(path.join(root, folder))
          .filter((name) => name.endsWith(".graphql"))
          .sort()
          .map((name) => path.join(folder, name))
      : [];
  const read = (file: string) => readFileSync(path.join(root, file), "utf8");
  const explorer = graphqlFiles(path.join("ide", "explore", "operations"));
  return [
    ...(explorer.length > 0
      ? [
          {
            source: path.join("ide", "explore", "operations"),
            document: parse(explorer.map(read).join("\n")),
          },
        ]
      : []),
    ...graphqlFiles(path.join("ide", "examples")).map((file) => ({
      source: file,
      document: parse(read(file)),
    })),
  ];
}
