import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, isEnumType, parse, Kind } from "graphql";

/**
 * Our SDL's enums, as clients see them: @neo4j/graphql keeps some type names for itself and
 * silently replaces ours (an enum named EventType became its CREATE/UPDATE/DELETE), which only
 * failed at run time, on the first value it could not represent. The executable schema, as
 * `npm run codegen` prints it, must hold every enum of schema/ with its own values.
 */
describe("the executable schema keeps the SDL's types", () => {
  const executable = buildSchema(
    readFileSync(path.join("src", "graphql", "generated", "schema.graphql"), "utf8"),
    { assumeValidSDL: true },
  );
  const enums = readdirSync("schema")
    .filter((file) => file.endsWith(".graphql"))
    .flatMap((file) =>
      parse(readFileSync(path.join("schema", file), "utf8")).definitions.flatMap((d) =>
        d.kind === Kind.ENUM_TYPE_DEFINITION
          ? [[d.name.value, (d.values ?? []).map((v) => v.name.value)] as const]
          : [],
      ),
    );

  it.each(enums)("enum %s", (name, values) => {
    const type = executable.getType(name);
    // The printed schema sorts what it prints.
    expect(isEnumType(type) && type.getValues().map((v) => v.name)).toEqual([...values].sort());
  });
});
