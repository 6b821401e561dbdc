import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fingerprintLine, validatedByCodegen } from "../../src/graphql/sdlFingerprint";
import { loadTypeDefs } from "../../src/graphql/typeDefs";

describe("the fingerprint of the SDL that npm run codegen validated", () => {
  it("is in the committed printed schema, for the SDL of schema/ as it is", () => {
    expect(validatedByCodegen(loadTypeDefs())).toBe(true);
  });

  it("no longer matches once the SDL changes, so the server validates it again", () => {
    expect(validatedByCodegen(`${loadTypeDefs()}\ntype Extra @node { id: ID! }\n`)).toBe(false);
  });

  it("matches only a fingerprint line of its own: none, or another SDL's, means validate", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sdl-fingerprint-"));
    const printed = path.join(dir, "schema.graphql");
    writeFileSync(printed, "type Query { a: Int }\n");
    expect(validatedByCodegen("type Query { a: Int }", printed)).toBe(false);
    writeFileSync(printed, fingerprintLine("type Query { b: Int }"));
    expect(validatedByCodegen("type Query { a: Int }", printed)).toBe(false);
    writeFileSync(printed, fingerprintLine("type Query { a: Int }"));
    expect(validatedByCodegen("type Query { a: Int }", printed)).toBe(true);
    expect(validatedByCodegen("type Query { a: Int }", path.join(dir, "missing.graphql"))).toBe(
      false,
    );
  });
});
