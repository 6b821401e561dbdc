import type { Profiler, Runtime } from "node:inspector";
import { apiMillis, partOfScript, requestBreakdown } from "../../../bench/cpuProfile";

const frame = (functionName: string, url = ""): Runtime.CallFrame => ({
  functionName,
  url,
  scriptId: "0",
  lineNumber: 0,
  columnNumber: 0,
});

describe("a CPU profile's breakdown by the parts of a request", () => {
  it("puts a script in its part by its path: the project's by file, the dependencies by package", () => {
    const root = "file:///work/main";
    expect(partOfScript(`${root}/node_modules/neo4j-driver-bolt-connection/lib/x.js`)).toBe(
      "driver",
    );
    expect(partOfScript(`${root}/node_modules/@neo4j/graphql/dist/translate/a.js`)).toBe(
      "@neo4j/graphql translation",
    );
    expect(partOfScript(`${root}/node_modules/graphql/validation/validate.js`)).toBe(
      "parse and validate",
    );
    expect(partOfScript(`${root}/node_modules/graphql/execution/execute.js`)).toBe(
      "execution and resolvers",
    );
    expect(partOfScript(`${root}/src/graphql/readYourWrites.ts`)).toBe("read-back");
    expect(partOfScript(`${root}/src/catalogue/incident/reportIncident.ts`)).toBe(
      "decision and append",
    );
    expect(partOfScript(`${root}/src/graphql/queryCost.ts`)).toBe("plugins and limits");
    expect(partOfScript(`${root}/bench/GraphQLHttpClient.ts`)).toBe("bench client");
    expect(partOfScript("node:_http_server")).toBe("HTTP and JSON");
    expect(partOfScript(`${root}/node_modules/left-pad/index.js`)).toBe("other");
    expect(partOfScript("")).toBeUndefined();
    // Node's other built-ins count for their caller: a socket's write for the driver or HTTP.
    expect(partOfScript("node:internal/stream_base_commons")).toBeUndefined();
    expect(partOfScript("node:inspector")).toBe("profiler");
  });

  it("gives a native frame's time to its nearest caller with a part, and divides by the requests", () => {
    const profile: Profiler.Profile = {
      nodes: [
        { id: 1, callFrame: frame("(root)"), children: [2, 5, 6] },
        {
          id: 2,
          callFrame: frame("unpack", "file:///p/node_modules/neo4j-driver-core/a.js"),
          children: [3],
        },
        { id: 3, callFrame: frame("decode"), children: [4] },
        { id: 4, callFrame: frame("decodeMore") },
        { id: 5, callFrame: frame("(garbage collector)") },
        { id: 6, callFrame: frame("(idle)") },
      ],
      startTime: 0,
      endTime: 10_000,
      // 4 ms in the driver (2 of them in native decoding), 1 ms collecting, 5 ms idle
      samples: [2, 3, 4, 5, 6],
      timeDeltas: [2_000, 1_000, 1_000, 1_000, 5_000],
    };
    const breakdown = requestBreakdown(profile, 2);
    expect(breakdown.millisPerRequest.driver).toBe(2);
    expect(breakdown.millisPerRequest["garbage collection"]).toBe(0.5);
    expect(breakdown.millisPerRequest["idle (waiting for Neo4j)"]).toBe(2.5);
    expect(apiMillis(breakdown)).toBe(2.5);
    expect(breakdown.shareOfBusy.driver).toBe(0.8);
    expect(breakdown.shareOfBusy["idle (waiting for Neo4j)"]).toBe(0);
  });
});
