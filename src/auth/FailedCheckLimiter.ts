import { isIPv6 } from "node:net";

/** Clients remembered at most: past it, those seen longest ago are forgotten first. */
const MAX_CLIENTS = 10_000;

/**
 * Failed credential checks per client (its network address): each client has a budget of
 * `max` failures, refilled at `max` per `windowMs`. A client past its budget is refused the
 * checks that cost (a key of the first format, checked with scrypt) until it has budget again;
 * the checks that cost microseconds still run, so a valid credential sent from the same address
 * (a NAT, a proxy) keeps working. IPv6 clients are counted by /64, the block one host usually
 * holds, so that hopping through its addresses gives no new budget.
 */
export class FailedCheckLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the client may be checked; else the seconds until it may. */
  retryAfterSeconds(address: string | undefined): number {
    const tokens = this.tokens(clientKey(address));
    return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) * this.windowMs) / this.max / 1000);
  }

  recordFailure(address: string | undefined): void {
    const key = clientKey(address);
    const tokens = this.tokens(key);
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: Math.max(0, tokens - 1), at: this.now() });
    if (this.buckets.size > MAX_CLIENTS) {
      this.buckets.delete(this.buckets.keys().next().value!);
    }
  }

  private tokens(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return this.max;
    const refilled = ((this.now() - bucket.at) * this.max) / this.windowMs;
    return Math.min(this.max, bucket.tokens + refilled);
  }
}

/** The client an address belongs to: an IPv4 address, or an IPv6 /64 (IPv4-mapped ones as IPv4). */
export function clientKey(address: string | undefined): string {
  if (!address) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
