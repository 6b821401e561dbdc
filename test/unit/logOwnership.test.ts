import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config/projectRoot";

/**
 * A Cypher node pattern naming one of the log's labels. ESLint checks the string literals of src/
 * for the same (eslint.config.mjs); this checks the SDL, whose @cypher fields are Cypher too.
 */
const LOG_LABEL = /\(\s*\w*\s*:\s*(Event|EventStream|EventLog|Command)\b/;

function files(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe("one owner of the log", () => {
  const root = projectRoot();

  it("keeps the log's storage out of the SDL: the API reads the log through the event store", () => {
    const offending = files(path.join(root, "schema"), ".graphql").filter((file) =>
      LOG_LABEL.test(readFileSync(file, "utf8")),
    );
    expect(offending).toEqual([]);
  });

  it("would notice a query of the log's nodes", () => {
    expect(LOG_LABEL.test("MATCH (e:Event {stream: $s}) RETURN e")).toBe(true);
    expect(LOG_LABEL.test("OPTIONAL MATCH (:EventLog {id: 'main'})")).toBe(true);
    expect(LOG_LABEL.test("MATCH (n:Events) RETURN n")).toBe(false);
  });
});
