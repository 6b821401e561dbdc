import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { getOperationAST } from "graphql";

/** One query of a sequence: a typed document (codegen's) with its variables. */
export interface Step<TData = unknown, TVariables = Record<string, unknown>> {
  /** How a failure names it: "path satoshi-furukawa -> nauka". */
  label: string;
  query: TypedDocumentNode<TData, TVariables>;
  variables: TVariables;
}

export function step<TData, TVariables>(
  label: string,
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Step<TData, TVariables> {
  return { label, query, variables };
}

/** What the cache answers for a query: complete, or the part it has (null: nothing). */
export interface CacheRead {
  complete: boolean;
  data: unknown;
}

/**
 * A client whose cache is under test: it runs a query over the network through the client (so
 * the answer goes into its cache as an application's would), and reads a query back from its
 * cache alone.
 */
export interface CacheUnderTest {
  readonly name: string;
  /** Runs the query through the client, network first; answers what the network returned. */
  fetch(step: Step): Promise<unknown>;
  /** What the client's cache now answers for the query, without the network. */
  read(step: Step): CacheRead;
}

/** A field of an earlier answer that the cache no longer gives back as the network gave it. */
export interface CacheDifference {
  /** The step after which the cache was read. */
  after: string;
  /** The step whose answer was read back. */
  step: string;
  /** Where, in that answer: "path.nodes[3].distance". */
  path: string;
  network: unknown;
  cache: unknown;
}

const MISSING = "(missing)";

/** Every place where `cached` differs from `network`, by path. */
export function differencesBetween(
  network: unknown,
  cached: unknown,
  path = "",
): { path: string; network: unknown; cache: unknown }[] {
  if (Object.is(network, cached)) return [];
  if (Array.isArray(network) && Array.isArray(cached)) {
    const found = network.flatMap((item, index) =>
      index < cached.length ? differencesBetween(item, cached[index], `${path}[${index}]`) : [],
    );
    if (network.length !== cached.length)
      found.push({
        path: `${path}.length`,
        network: network.length,
        cache: cached.length,
      });
    return found;
  }
  if (isRecord(network) && isRecord(cached)) {
    const keys = new Set([...Object.keys(network), ...Object.keys(cached)]);
    return [...keys].flatMap((key) =>
      differencesBetween(
        key in network ? network[key] : MISSING,
        key in cached ? cached[key] : MISSING,
        path ? `${path}.${key}` : key,
      ),
    );
  }
  return [{ path: path || "(the whole answer)", network, cache: cached }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The query's identity in a sequence: the same operation with the same variables. */
function keyOf(step: Step): string {
  const name = getOperationAST(step.query)?.name?.value ?? "(anonymous)";
  return `${name} ${JSON.stringify(step.variables ?? {})}`;
}

/**
 * A sequence of queries through one client. After each, every query of the sequence so far is
 * read back from the client's cache and compared with what the network answered for it: a
 * normalised cache that merges two objects of one id but different contents overwrites a field
 * of an earlier answer, and a view showing that answer shows the later one's value instead.
 */
export class CacheSequence {
  private readonly answered = new Map<string, { step: Step; network: unknown }>();
  private readonly seen = new Set<string>();
  /** Each lost or overwritten field once, when it was first found. */
  readonly differences: CacheDifference[] = [];

  constructor(private readonly client: CacheUnderTest) {}

  /** Runs the query, checks the cache, and answers the network's data (typed by the document). */
  async run<TData, TVariables>(step: Step<TData, TVariables>): Promise<TData> {
    const network = await this.client.fetch(step as Step);
    this.answered.set(keyOf(step as Step), { step: step as Step, network });
    for (const earlier of this.answered.values()) {
      const read = this.client.read(earlier.step);
      const found = differencesBetween(earlier.network, read.data);
      if (!read.complete && found.length === 0)
        found.push({ path: "(incomplete)", network: "complete", cache: "incomplete" });
      for (const difference of found) {
        const key = JSON.stringify([earlier.step.label, difference.path, difference.cache]);
        if (this.seen.has(key)) continue;
        this.seen.add(key);
        this.differences.push({ after: step.label, step: earlier.step.label, ...difference });
      }
    }
    return network as TData;
  }

  /** The differences, one line each, for a failure message. */
  describe(): string {
    return this.differences
      .map(
        (d) =>
          `after "${d.after}", "${d.step}" at ${d.path}: the network said ${JSON.stringify(d.network)}, ${this.client.name}'s cache says ${JSON.stringify(d.cache)}`,
      )
      .join("\n");
  }

  /** Throws, naming every overwritten or lost field, unless the cache kept every answer. */
  assertCacheSafe(): void {
    if (this.differences.length > 0)
      throw new Error(
        `${this.client.name}'s cache does not give back what the network answered:\n${this.describe()}`,
      );
  }
}
