import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, print } from "graphql";
import { GENERATED_FILES } from "../../../src/codegen/generatedFiles";
import { regionOf, replaceRegion } from "../../../src/codegen/markedRegions";
import { projectRoot } from "../../../src/config/projectRoot";

/**
 * The files npm run codegen generates are current: an SDL file holds the definitions its
 * declaration gives (prettier's layout is npm run lint's to check), a file with generated regions
 * what its regions' generator writes. (CI also regenerates everything and fails on a difference.)
 */
describe("the generated files", () => {
  const root = projectRoot();
  it.each(GENERATED_FILES.map((entry) => [entry.file, entry] as const))(
    "%s is current (npm run codegen)",
    async (file, entry) => {
      const at = path.join(root, file);
      expect(existsSync(at)).toBe(true);
      const written = readFileSync(at, "utf8");
      if (entry.sdl) expect(print(parse(written))).toEqual(print(parse(entry.sdl())));
      else expect(written).toEqual(await entry.generate(written));
    },
  );
});

describe("a generated region of a hand-written file", () => {
  const text =
    "# Title\n\n<!-- generated: table (npm run codegen) -->\nold\n<!-- end generated: table -->\n\nprose\n";

  it("is rewritten, and the rest kept", () => {
    const next = replaceRegion(text, "table", "| new |");
    expect(next).toBe(
      "# Title\n\n<!-- generated: table (npm run codegen) -->\n| new |\n<!-- end generated: table -->\n\nprose\n",
    );
    expect(regionOf(next, "table")).toBe("| new |");
  });

  it("must be marked: without its markers, generation fails saying how to mark it", () => {
    expect(() => replaceRegion("# Title\n", "table", "x")).toThrow(
      'no region "table": mark it with <!-- generated: table --> and <!-- end generated: table -->',
    );
  });
});
