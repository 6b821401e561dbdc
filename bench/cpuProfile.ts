import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Profiler } from "node:inspector/promises";

/*
 * Where a request's time goes, from a CPU profile of the API's process (BenchApiProcess): each
 * sample's time goes to the part of the stack it was taken in (HTTP, parsing, Apollo,
 * the limits, @neo4j/graphql, the driver, the decision...), and is divided by the requests sent
 * while profiling. The profile itself is written for Chrome's DevTools or speedscope.
 */

/** The parts of a request, in the order a request meets them. */
export const REQUEST_PARTS = [
  "HTTP and JSON",
  "parse and validate",
  "Apollo Server",
  "plugins and limits",
  "authentication",
  "logging",
  "execution and resolvers",
  "@neo4j/graphql translation",
  "explorer reads",
  "decision and append",
  "read-back",
  "driver",
  "garbage collection",
  "other",
  "bench client",
  "profiler",
  "idle (waiting for Neo4j)",
] as const;
export type RequestPart = (typeof REQUEST_PARTS)[number];

/** The parts that are not the API's CPU: the bench's own client, the profiler, waiting. */
const NOT_API: readonly RequestPart[] = ["bench client", "profiler", "idle (waiting for Neo4j)"];
export const API_PARTS: readonly RequestPart[] = REQUEST_PARTS.filter(
  (part) => !NOT_API.includes(part),
);

/** The API's CPU time a request, in ms. */
export function apiMillis(breakdown: RequestBreakdown): number {
  return API_PARTS.reduce((sum, part) => sum + breakdown.millisPerRequest[part], 0);
}

/**
 * Which part a script belongs to, by its URL (first match wins): the project's own modules by
 * their file, the dependencies by their package, Node's HTTP server as HTTP. Undefined: a native
 * frame or another of Node's built-ins (streams, sockets, timers, source maps), whose time goes
 * to the nearest caller with a part (a socket's write to the driver or to HTTP, JSON.stringify
 * to whoever serialised).
 */
const PARTS_BY_SCRIPT: readonly [RegExp, RequestPart][] = [
  [/^node:inspector/, "profiler"],
  [/^node:(_http|http\b)/, "HTTP and JSON"],
  [/\/bench\/|node_modules\/undici\//, "bench client"],
  [/src\/graphql\/readYourWrites/, "read-back"],
  [/src\/(auth)\/|node_modules\/jose\//, "authentication"],
  [/src\/server\/loggingPlugin|node_modules\/pino/, "logging"],
  [
    /src\/graphql\/(checkOperation|queryLimits|queryCost|filterDepth|requestScopedDriver|serviceUnavailablePlugin|noStorePlugin)|src\/server\/accessPlugin/,
    "plugins and limits",
  ],
  [/src\/explore\//, "explorer reads"],
  [/src\/(commands|catalogue|domain|eventstore|projection|vocabulary)\//, "decision and append"],
  [/src\/graphql\//, "execution and resolvers"],
  [/node_modules\/@neo4j\/(graphql|cypher-builder)\//, "@neo4j/graphql translation"],
  [/node_modules\/neo4j-driver/, "driver"],
  [/node_modules\/graphql\/(language|validation)\//, "parse and validate"],
  [/node_modules\/graphql\//, "execution and resolvers"],
  [/node_modules\/@apollo\/server\/dist\/\w+\/runHttpQuery/, "HTTP and JSON"],
  [/node_modules\/@apollo\//, "Apollo Server"],
  [
    /node_modules\/(express|router|body-parser|raw-body|@as-integrations|on-finished|finalhandler|vary|content-type|iconv-lite|cors|compression|negotiator|accepts|type-is|mime-types|qs)\//,
    "HTTP and JSON",
  ],
];

/** The profiler's own pseudo-frames. */
const PSEUDO_FRAMES: Record<string, RequestPart> = {
  "(garbage collector)": "garbage collection",
  "(idle)": "idle (waiting for Neo4j)",
};

export function partOfScript(url: string): RequestPart | undefined {
  const found = PARTS_BY_SCRIPT.find(([pattern]) => pattern.test(url));
  if (found) return found[1];
  return url === "" || url.startsWith("node:") ? undefined : "other";
}

/** Time per request of each part, in ms, over the requests sent while profiling. */
export interface RequestBreakdown {
  requests: number;
  /** Milliseconds of each part per request; every part present, 0 where none was seen. */
  millisPerRequest: Record<RequestPart, number>;
  /** The same, as a fraction of the API's CPU time (the bench client and idle left out). */
  shareOfBusy: Record<RequestPart, number>;
}

export function requestBreakdown(profile: Profiler.Profile, requests: number): RequestBreakdown {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const partOfNode = new Map<number, RequestPart>();
  const partOf = (id: number): RequestPart => {
    const known = partOfNode.get(id);
    if (known) return known;
    const frame = nodes.get(id)!.callFrame;
    const part =
      PSEUDO_FRAMES[frame.functionName] ??
      partOfScript(frame.url) ??
      (parent.has(id) ? partOf(parent.get(id)!) : "other");
    partOfNode.set(id, part);
    return part;
  };
  const micros = Object.fromEntries(REQUEST_PARTS.map((part) => [part, 0])) as Record<
    RequestPart,
    number
  >;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    micros[partOf(id)] += deltas[i] ?? 0;
  });
  const busy = API_PARTS.reduce((sum, part) => sum + micros[part], 0);
  const per = (value: number) => value / 1000 / Math.max(requests, 1);
  return {
    requests,
    millisPerRequest: Object.fromEntries(
      REQUEST_PARTS.map((part) => [part, per(micros[part])]),
    ) as Record<RequestPart, number>,
    shareOfBusy: Object.fromEntries(
      REQUEST_PARTS.map((part) => [
        part,
        API_PARTS.includes(part) && busy > 0 ? micros[part] / busy : 0,
      ]),
    ) as Record<RequestPart, number>,
  };
}

/**
 * The parts worth showing for some runs: those outside the API (the client, the profiler, idle)
 * always, the API's parts that took 1% of some run's busy time or more.
 */
export function shownParts(breakdowns: readonly RequestBreakdown[]): RequestPart[] {
  return REQUEST_PARTS.filter(
    (part) =>
      !API_PARTS.includes(part) ||
      breakdowns.some((breakdown) => breakdown.shareOfBusy[part] >= 0.01),
  );
}

/** Lines for the terminal: the parts over 1% of the API's CPU time, the largest first. */
export function formatBreakdown({ name, breakdown }: ProfiledRequests): string[] {
  const m = breakdown.millisPerRequest;
  const shown = shownParts([breakdown]).sort((a, b) => m[b] - m[a]);
  return [
    `[profile] ${name}: ${apiMillis(breakdown).toFixed(2)} ms of the API's CPU a request, over ${breakdown.requests} requests`,
    ...shown.map(
      (part) =>
        `[profile]   ${part.padEnd(28)} ${m[part].toFixed(2).padStart(8)} ms${
          API_PARTS.includes(part)
            ? ` ${(breakdown.shareOfBusy[part] * 100).toFixed(0).padStart(3)}%`
            : ""
        }`,
    ),
  ];
}

/** One profiled run: its name, its breakdown, and where its profile was written. */
export interface ProfiledRequests {
  name: string;
  file: string;
  breakdown: RequestBreakdown;
}

/** Runs work under V8's sampling profiler in the API's process (BenchApiProcess.profile). */
export type CpuProfiler = <T>(
  work: () => Promise<T>,
) => Promise<{ result: T; profile: Profiler.Profile }>;

/**
 * Runs `work` under the API's profiler, writes the profile to `dir/<name>.cpuprofile` (for
 * Chrome's DevTools or speedscope), and answers its breakdown over the requests `work` says it
 * sent.
 */
export async function profileRequests(
  profiler: CpuProfiler,
  dir: string,
  name: string,
  work: () => Promise<number>,
): Promise<ProfiledRequests> {
  const { result: requests, profile } = await profiler(work);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  return { name, file, breakdown: requestBreakdown(profile, requests) };
}
