import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { projectRoot } from "../../src/config/projectRoot";
import type { StartedServer } from "../../src/server/ApiServer";
import { graphqlClient, startTestServer } from "../support/testServer";
import { bearer } from "../../tools/support/testTokens";
import { AddASourceToAFactDocument, LogHeadDocument } from "../generated/graphql";

/** The shell blocks of a guide that send a mutation with curl, as written. */
function writeExamples(file: string): string[] {
  const blocks = [...readFileSync(file, "utf8").matchAll(/```sh\n([\s\S]*?)```/g)].map(
    (m) => m[1]!,
  );
  return blocks.filter((block) => block.includes("curl") && block.includes("mutation"));
}

/** Runs a block in a shell, against the test server, with a writer's key in KEY: its answer. */
function run(block: string, url: string, key: string): Promise<Record<string, unknown>> {
  // The lines that make a key are the reader's to run once; the key is given here.
  const script = block
    .split("\n")
    .filter((line) => !/^(npm run keys|KEY=)/.test(line))
    .join("\n")
    .replaceAll("http://127.0.0.1:4000/graphql", url);
  const child = spawn("bash", ["-euo", "pipefail", "-c", script], {
    cwd: projectRoot(),
    env: { ...process.env, KEY: key },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.once("close", (code) =>
      code === 0
        ? resolve(JSON.parse(stdout) as Record<string, unknown>)
        : reject(new Error(`exit ${code}: ${script}`)),
    ),
  );
}

describe("the docs' write examples do no harm: they record something new, or write nothing", () => {
  let server: StartedServer;
  let key: string;

  beforeAll(async () => {
    server = await startTestServer();
    key = (await bearer("writer", "doc-examples")).replace(/^Bearer /, "");
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("the README's write adds a new source to a fact, as docs/api.md says it answers", async () => {
    const [readme] = writeExamples("README.md");
    const [api] = writeExamples("docs/api.md");
    expect(api).toContain(readme!.split("\n").find((line) => line.includes("mutation")));
    const first = await run(readme!, server.url, key);
    expect(first).toEqual({
      data: {
        corroborateFact: {
          receipt: {
            factId: "russian-segment",
            stream: "entity-russian-segment",
            positions: [135],
            replayed: false,
          },
        },
      },
    });
    expect(readFileSync("docs/api.md", "utf8")).toContain(JSON.stringify(first));
    const again = await run(api!, server.url, key);
    expect(again).toMatchObject({
      data: { corroborateFact: { receipt: { positions: [135], replayed: true } } },
    });
  });

  it("GraphiQL's write example adds a new source to a fact", async () => {
    const request = graphqlClient(server.url, `Bearer ${key}`);
    const { data, errors } = await request(AddASourceToAFactDocument);
    expect(errors).toBeUndefined();
    expect(data!.corroborateFact.receipt).toMatchObject({
      factId: "zvezda-air-leak",
      eventTypes: ["FactCorroborated"],
      replayed: false,
    });
  });

  it("docs/api.md's dry run writes nothing and shows that the graph already holds the fact", async () => {
    const request = graphqlClient(server.url);
    const before = (await request(LogHeadDocument)).data!.logPosition;
    const dryRun = writeExamples("docs/api.md").find((block) => block.includes("dryRun: true"));
    const answer = (await run(dryRun!, server.url, key)) as {
      data: {
        ingestArticle: { problems: unknown[]; suggestions: { kind: string; factIds: string[] }[] };
      };
    };
    expect(answer.data.ingestArticle.problems).toEqual([]);
    expect(answer.data.ingestArticle.suggestions).toEqual([
      expect.objectContaining({
        kind: "QUOTE_ALREADY_CITED",
        factIds: ["zvezda-air-leak/flow-point-found-2021-11"],
      }),
    ]);
    expect((await request(LogHeadDocument)).data!.logPosition).toBe(before);
  });
});
