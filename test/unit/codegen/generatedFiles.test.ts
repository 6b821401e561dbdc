import { spawnSync } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../../../src/config/projectRoot";
import { regionOf, replaceRegion } from "../../../src/codegen/markedRegions";

/**
 * The files npm run codegen generates from src/vocabulary and src/graph are current. It runs in a
 * process of its own: the generator formats with prettier, which Jest's module system cannot load.
 * (CI also regenerates everything and fails on a difference: .ci/run.)
 */
describe("the generated files", () => {
  it("are what src/vocabulary and src/graph generate (npm run codegen)", () => {
    const root = projectRoot();
    const result = spawnSync(
      process.execPath,
      [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "src/cli/generate.ts", "--check"],
      { cwd: root, encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 60_000);
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
