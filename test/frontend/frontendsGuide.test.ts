import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { Client } from "@urql/core";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { projectRoot } from "../../src/config/projectRoot";
import type { StartedServer } from "../../src/server/ApiServer";
import { startTestServer } from "../support/testServer";
import { testToken } from "../../tools/support/testTokens";
import { apolloClient, urqlClient } from "./clients";
import { LiveEventsDocument, RegisterPlaceDocument, SearchDocument } from "../generated/graphql";
import { aimedAt, frontendsGuideSnippets, GUIDE_API, loadGuideModule } from "./frontendsGuide";

const ARTICLE = "iss-leaks-ap-2024-02-29";

/** The snippets of docs/frontends.md work as written, against a running API. */
describe("the frontends guide's set-ups", () => {
  let server: StartedServer;
  let address: string;

  beforeAll(async () => {
    server = await startTestServer();
    address = new URL(server.url).host;
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("has the snippets, the clients' and codegen's naming the API where npm start serves it", () => {
    const snippets = frontendsGuideSnippets();
    expect([...snippets.keys()].sort()).toEqual([
      "apollo",
      "catch-up",
      "codegen",
      "crew-by-agency",
      "evicting-queries",
      "one-fragment",
      "paged-lists",
      "react-app",
      "react-main",
      "urql",
    ]);
    for (const name of ["apollo", "codegen", "urql"])
      expect(snippets.get(name)!.code).toContain(GUIDE_API);
  });

  it("compiles: the TypeScript snippets typecheck with the project's strict settings", async () => {
    const dir = path.join(projectRoot(), "test-results", "frontend-snippets");
    await loadGuideModule("apollo", GUIDE_API);
    await loadGuideModule("urql", GUIDE_API);
    await loadGuideModule("catch-up", GUIDE_API);
    const tsconfig = path.join(dir, "tsconfig.json");
    writeFileSync(
      tsconfig,
      JSON.stringify({
        extends: "../../tsconfig.json",
        compilerOptions: { noEmit: true },
        include: [
          "apollo-127-0-0-1-4000.ts",
          "urql-127-0-0-1-4000.ts",
          "catch-up-127-0-0-1-4000.ts",
        ],
      }),
    );
    const tsc = path.join(projectRoot(), "node_modules", "typescript", "bin", "tsc");
    await expect(
      promisify(execFile)(process.execPath, [tsc, "-p", tsconfig]).catch(
        (error: { stdout: string }) => Promise.reject(new Error(error.stdout)),
      ),
    ).resolves.toBeDefined();
  });

  it("codegen: the client preset generates typed operations from GET /schema.graphql", async () => {
    const config = parseYaml(aimedAt(frontendsGuideSnippets().get("codegen")!, address)) as {
      schema: string;
      documents: string;
    };
    expect(config.schema).toBe(`http://${address}/schema.graphql`);
    // A frontend's folder, its operations being the tests' own.
    const frontend = path.join(projectRoot(), "test-results", "frontend-snippets", "codegen");
    mkdirSync(frontend, { recursive: true });
    writeFileSync(
      path.join(frontend, "codegen.yml"),
      stringifyYaml({
        ...config,
        documents: path.join(projectRoot(), "test", "frontend", "operations", "*.graphql"),
      }),
    );
    const cli = path.join(
      projectRoot(),
      "node_modules",
      "@graphql-codegen",
      "cli",
      "cjs",
      "bin.js",
    );
    await promisify(execFile)(process.execPath, [cli, "--config", "codegen.yml"], {
      cwd: frontend,
    });
    const generated = readFileSync(path.join(frontend, "src", "gql", "graphql.ts"), "utf8");
    expect(generated).toContain("export const AgencyPageDocument");
    expect(generated).toContain("export type PeoplePageQuery");
  });

  it("Apollo Client: reads, a writer's mutation, and its event on the subscription", async () => {
    const reader = await apolloClient(server);
    const writer = await apolloClient(server, await testToken("writer"));
    try {
      const { data } = await reader.query({
        query: SearchDocument,
        variables: { phrase: "Zvezda", first: 1 },
      });
      expect(data?.search[0]).toMatchObject({ node: { id: "zvezda" } });
      const head = await server.services.store.head();
      const event = new Promise((resolve, reject) => {
        const subscription = reader
          .subscribe({ query: LiveEventsDocument, variables: { fromPosition: head + 1 } })
          .subscribe({
            next: (result) => {
              subscription.unsubscribe();
              resolve(result.data?.events);
            },
            error: reject,
          });
      });
      await writer.mutate({
        mutation: RegisterPlaceDocument,
        variables: {
          input: {
            entityId: "guide-apollo-place",
            kind: "Place",
            name: "The guide's place",
            source: { articleId: ARTICLE, quote: "Moscow" },
          },
        },
      });
      await expect(event).resolves.toMatchObject({ stream: "entity-guide-apollo-place" });
    } finally {
      reader.stop();
      writer.stop();
    }
  });

  it("urql: reads as POST; a writer's mutation carries the token", async () => {
    const reader = await urqlClient(server);
    const writer = await urqlClient(server, await testToken("writer"));
    const found = await reader.query(SearchDocument, { phrase: "Zvezda", first: 1 }).toPromise();
    expect(found.error).toBeUndefined();
    expect(found.data?.search[0]).toMatchObject({ node: { id: "zvezda" } });
    const written = await writer
      .mutation(RegisterPlaceDocument, {
        input: {
          entityId: "guide-urql-place",
          kind: "Place",
          name: "The guide's other place",
          source: { articleId: ARTICLE, quote: "Moscow" },
        },
      })
      .toPromise();
    expect(written.error).toBeUndefined();
    expect(written.data?.registerEntity.receipt.stream).toBe("entity-guide-urql-place");
  });

  it("urql without the guide's preferGetMethod: false is refused as a potential CSRF", async () => {
    const snippet = frontendsGuideSnippets().get("urql")!;
    expect(snippet.code).toContain("preferGetMethod: false,");
    const withoutFix = {
      ...snippet,
      name: "urql-get",
      code: snippet.code.replace("preferGetMethod: false,", ""),
    };
    const dir = path.join(projectRoot(), "test-results", "frontend-snippets");
    const file = path.join(dir, "urql-get.ts");
    writeFileSync(file, aimedAt(withoutFix, address));
    const { createUrqlClient } = (await import(file)) as { createUrqlClient(): Client };
    const answer = await createUrqlClient()
      .query(SearchDocument, { phrase: "Zvezda", first: 1 })
      .toPromise();
    expect(answer.error?.message).toMatch(/Cross-Site Request Forgery/);
  });
});
