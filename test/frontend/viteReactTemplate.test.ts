import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { projectRoot } from "../../src/config/projectRoot";
import type { StartedServer } from "../../src/server/ApiServer";
import { startTestServer } from "../support/testServer";
import { aimedAt, frontendsGuideSnippets } from "./frontendsGuide";

const root = projectRoot();
/** Vite's react-ts template as `npm create vite@latest -- --template react-ts` copies it. */
const TEMPLATE = path.join(root, "node_modules", "create-vite", "template-react-ts");
/** The app, inside the project so that its imports resolve to the project's pinned packages. */
const APP = path.join(root, "test-results", "vite-react-ts");

/** Runs a command-line tool of the project's packages in the app's folder; fails with its output. */
async function inApp(tool: string, ...args: string[]): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(root, "node_modules", tool), ...args],
      { cwd: APP, maxBuffer: 64 * 1024 * 1024 },
    );
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${tool} ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`, {
      cause: error,
    });
  }
}

/**
 * docs/frontends.md promises that its React set-up builds in a fresh project of Vite's react-ts
 * template, unchanged: the template's files as create-vite writes them (its tsconfig with
 * verbatimModuleSyntax, erasableSyntaxOnly, noUnused*), the guide's snippets written where the
 * guide says, codegen run against the API's published schema, then the template's own build.
 */
describe("the frontends guide's React set-up, in a project of Vite's react-ts template", () => {
  let server: StartedServer;
  const snippets = [...frontendsGuideSnippets().values()].filter((snippet) => snippet.file);

  beforeAll(async () => {
    server = await startTestServer();
    fs.rmSync(APP, { recursive: true, force: true });
    fs.cpSync(TEMPLATE, APP, { recursive: true });
    // create-vite renames it as it copies (npm would drop a .gitignore from the package).
    fs.renameSync(path.join(APP, "_gitignore"), path.join(APP, ".gitignore"));
    const address = new URL(server.url).host;
    for (const snippet of snippets) {
      const file = path.join(APP, snippet.file!);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Only codegen's schema address is aimed at the test server; the app is built, not run.
      fs.writeFileSync(file, snippet.name === "codegen" ? aimedAt(snippet, address) : snippet.code);
    }
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("takes the guide's files: the codegen config, the client, main.tsx, App.tsx, operations", () => {
    expect(snippets.map((snippet) => snippet.file).sort()).toEqual([
      "codegen.yml",
      "src/App.tsx",
      "src/apolloClient.ts",
      "src/main.tsx",
      "src/operations/agencyMembers.graphql",
      "src/operations/crewByAgency.graphql",
    ]);
    const template = JSON.parse(fs.readFileSync(path.join(TEMPLATE, "package.json"), "utf8")) as {
      scripts: { build: string };
    };
    expect(template.scripts.build).toBe("tsc -b && vite build");
  });

  it("codegen generates typed documents from the test server's /schema.graphql", async () => {
    await inApp("@graphql-codegen/cli/cjs/bin.js", "--config", "codegen.yml");
    const generated = fs.readFileSync(path.join(APP, "src", "gql", "graphql.ts"), "utf8");
    expect(generated).toContain("export const CrewByAgencyDocument");
    expect(generated).toContain("export const AgencyMembersFragmentDoc");
  }, 180_000);

  it("compiles with the template's tsc -b", async () => {
    await inApp("typescript/bin/tsc", "-b");
  }, 180_000);

  it("compiles with --strict too, as TypeScript 7 (which the template names) does by default", async () => {
    // The project's TypeScript is 5.9: a second package named typescript would fight over
    // node_modules/.bin/tsc. TypeScript 6 and 7 turned strict on by default; 5.9 needs the flag.
    await inApp("typescript/bin/tsc", "-p", "tsconfig.app.json", "--strict");
  }, 180_000);

  it("vite build bundles it, the guide's operation included", async () => {
    await inApp("vite/bin/vite.js", "build", "--logLevel", "warn");
    const assets = path.join(APP, "dist", "assets");
    const scripts = fs.readdirSync(assets).filter((name) => name.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    const bundle = scripts.map((name) => fs.readFileSync(path.join(assets, name), "utf8")).join("");
    expect(bundle).toContain("CrewByAgency");
    expect(fs.readFileSync(path.join(APP, "dist", "index.html"), "utf8")).toContain("/assets/");
  }, 180_000);
});
