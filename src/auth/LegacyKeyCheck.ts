import { scrypt as scryptCallback, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import type { ScryptHash } from "./apiKeyFormat";

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** Why a legacy check did not run: too many at once, or too many failures from that client. */
export class LegacyCheckRefused extends Error {
  override readonly name = "LegacyCheckRefused";
  constructor(readonly retryAfterSeconds: number) {
    super("too many checks of keys of the first format at once: retry shortly");
  }
}

/**
 * The scrypt check of a key of the first format (iss-api-keys/1), until its first use replaces
 * it by a digest. scrypt runs on libuv's thread pool (four threads, which file reads and DNS
 * share) and costs about 100 ms and 32 MiB: one check at a time, a few waiting at most, and the
 * rest refused at once, so that a flood of tokens naming a legacy key's (public) id cannot take
 * the pool from everyone else. Per-client limits come first (Authenticator).
 */
export class LegacyKeyCheck {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly options: { concurrency: number; queue: number } = {
      concurrency: 1,
      queue: 4,
    },
  ) {}

  async matches(secret: string, stored: ScryptHash): Promise<boolean> {
    if (this.running >= this.options.concurrency) {
      if (this.waiting.length >= this.options.queue) throw new LegacyCheckRefused(1);
      // Resumed by a finishing check, which hands its place over.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      const expected = Buffer.from(stored.hash, "base64");
      const hash = await scrypt(secret, Buffer.from(stored.salt, "base64"), expected.length, {
        ...stored.scrypt,
        maxmem: 256 * stored.scrypt.N * stored.scrypt.r,
      });
      return timingSafeEqual(hash, expected);
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
