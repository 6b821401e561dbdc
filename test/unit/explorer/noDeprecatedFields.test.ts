import { readFileSync } from "node:fs";
import path from "node:path";
import {
  buildSchema,
  NoDeprecatedCustomRule,
  parse,
  validate,
  type DocumentNode,
  type ExecutableDefinitionNode,
} from "graphql";
import { projectRoot } from "../../../src/config/projectRoot";
import { clientDocuments } from "../../../src/server/clientDocuments";

// The API's schema as codegen prints it, with each deprecated field's reason.
const schema = buildSchema(
  readFileSync(path.join(projectRoot(), "src", "graphql", "generated", "schema.graphql"), "utf8"),
);

/**
 * Each deprecated field, argument or enum value the document selects (graphql-js's
 * NoDeprecatedCustomRule), as "Operation or fragment: the rule's message".
 */
function deprecatedSelections(document: DocumentNode): string[] {
  const definitions = document.definitions.filter(
    (d): d is ExecutableDefinitionNode => "selectionSet" in d,
  );
  const within = (offset: number) =>
    definitions.find((d) => d.loc && d.loc.start <= offset && offset < d.loc.end);
  return validate(schema, document, [NoDeprecatedCustomRule]).map((error) => {
    const definition = within(error.nodes?.[0]?.loc?.start ?? -1);
    return `${definition?.name?.value ?? "(anonymous)"}: ${error.message}`;
  });
}

describe("the explorer's operations", () => {
  it("select no deprecated field: every list they show is a page with cursors", () => {
    const explorer = clientDocuments().find((d) =>
      d.source.endsWith(path.join("explore", "operations")),
    )!;
    expect(explorer.document.definitions.length).toBeGreaterThan(10);
    expect(deprecatedSelections(explorer.document)).toEqual([]);
  });

  it("would be told which operation selects which deprecated field", () => {
    const document = parse(`
      query Crew($id: ID!) {
        entity(id: $id) { ... on Person { incidents { id } } }
      }
      fragment Sources on Query { sources(factId: "zvezda") { eventId } }
    `);
    expect(deprecatedSelections(document)).toEqual([
      expect.stringMatching(/^Crew: The field Person\.incidents is deprecated\. Use incidentsPage/),
      expect.stringMatching(
        /^Sources: The field Query\.sources is deprecated\. Use sourcesConnection/,
      ),
    ]);
  });
});
