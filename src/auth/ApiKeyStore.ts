import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile, chmod } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { isRole, type Principal, type Role } from "./Principal";

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** OWASP's minimum for scrypt (N=2^17 would cost 128 MiB a check); kept per key, so it can grow. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keylen: 32 } as const;
const FORMAT = "iss-api-keys/1";
/** A key reads `isskg_<id>_<secret>`: the id finds the entry, the secret is checked against its hash. */
const TOKEN = /^isskg_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
/** How long a loaded file is trusted before its modification time is checked again. */
const RELOAD_CHECK_MILLIS = 1_000;

export interface ApiKeyInfo {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
}

interface StoredKey extends ApiKeyInfo {
  salt: string;
  hash: string;
  scrypt: { N: number; r: number; p: number };
}

interface KeyFile {
  format: typeof FORMAT;
  keys: StoredKey[];
}

export class ApiKeyFileError extends Error {
  override readonly name = "ApiKeyFileError";
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith("isskg_");
}

/**
 * API keys, kept in one JSON file readable by its owner only, each as an scrypt hash: the file
 * leaking gives no usable key. The server reads the file again when it changes, so `npm run keys`
 * takes effect on a running server within a second. A verified key is remembered (by the SHA-256
 * of the key) until the file changes, so a client pays the deliberately slow hash once, not per
 * request.
 */
export class ApiKeyStore {
  private keys = new Map<string, StoredKey>();
  /** The loaded file's inode and modification time: each save renames a new file in. */
  private loadedVersion = "";
  private checkedAt = 0;
  private readonly verified = new Map<string, Principal>();

  constructor(readonly file: string) {}

  /** The key's principal, or undefined when the token is not a key of this file. */
  async verify(token: string): Promise<Principal | undefined> {
    await this.refresh();
    const digest = createHash("sha256").update(token).digest("base64");
    const known = this.verified.get(digest);
    if (known) return known;
    const match = TOKEN.exec(token);
    if (!match) return undefined;
    const stored = this.keys.get(match[1]!);
    if (!stored) return undefined;
    const hash = await scrypt(match[2]!, Buffer.from(stored.salt, "base64"), SCRYPT.keylen, {
      ...stored.scrypt,
      maxmem: 256 * stored.scrypt.N * stored.scrypt.r,
    });
    if (!timingSafeEqual(hash, Buffer.from(stored.hash, "base64"))) return undefined;
    const principal: Principal = {
      subject: `apikey:${stored.id}`,
      role: stored.role,
      via: "api-key",
    };
    this.verified.set(digest, principal);
    return principal;
  }

  async list(): Promise<ApiKeyInfo[]> {
    await this.refresh(true);
    return [...this.keys.values()].map(({ id, name, role, createdAt }) => ({
      id,
      name,
      role,
      createdAt,
    }));
  }

  /** A new key: the token is returned once and stored only as its hash. */
  async create(input: { name: string; role: Role }): Promise<{ token: string; key: ApiKeyInfo }> {
    if (!/^[\w .@-]{1,64}$/.test(input.name)) {
      throw new ApiKeyFileError(
        "a key's name is 1 to 64 letters, digits, spaces or . _ @ - (it says who holds the key)",
      );
    }
    if (!isRole(input.role)) throw new ApiKeyFileError(`unknown role "${String(input.role)}"`);
    await this.refresh(true);
    const id = randomBytes(8).toString("hex");
    const secret = randomBytes(32).toString("base64url");
    const salt = randomBytes(16);
    const hash = await scrypt(secret, salt, SCRYPT.keylen, {
      N: SCRYPT.N,
      r: SCRYPT.r,
      p: SCRYPT.p,
      maxmem: 256 * SCRYPT.N * SCRYPT.r,
    });
    const key: ApiKeyInfo = {
      id,
      name: input.name,
      role: input.role,
      createdAt: new Date().toISOString(),
    };
    this.keys.set(id, {
      ...key,
      salt: salt.toString("base64"),
      hash: hash.toString("base64"),
      scrypt: { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p },
    });
    await this.save();
    return { token: `isskg_${id}_${secret}`, key };
  }

  /** Whether a key of that id existed (it no longer does). */
  async revoke(id: string): Promise<boolean> {
    await this.refresh(true);
    if (!this.keys.delete(id)) return false;
    await this.save();
    return true;
  }

  private async refresh(force = false): Promise<void> {
    const now = Date.now();
    if (!force && now - this.checkedAt < RELOAD_CHECK_MILLIS) return;
    this.checkedAt = now;
    let version: string;
    try {
      const { ino, mtimeMs } = await stat(this.file);
      version = `${ino}:${mtimeMs}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      version = "none";
    }
    if (version === this.loadedVersion) return;
    this.keys = version === "none" ? new Map() : await this.read();
    this.loadedVersion = version;
    this.verified.clear();
  }

  private async read(): Promise<Map<string, StoredKey>> {
    let parsed: Partial<KeyFile>;
    try {
      parsed = JSON.parse(await readFile(this.file, "utf8")) as Partial<KeyFile>;
    } catch (error) {
      throw new ApiKeyFileError(
        `${this.file} is not a readable key file: ${(error as Error).message}`,
      );
    }
    if (parsed.format !== FORMAT || !Array.isArray(parsed.keys)) {
      throw new ApiKeyFileError(`${this.file} is not a key file of format ${FORMAT}`);
    }
    return new Map(parsed.keys.filter((key) => isRole(key.role)).map((key) => [key.id, key]));
  }

  /** Written whole to a temporary file, then renamed: a reader never sees half a file. */
  private async save(): Promise<void> {
    const dir = path.dirname(this.file);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const body: KeyFile = { format: FORMAT, keys: [...this.keys.values()] };
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
    await chmod(temporary, 0o600);
    await rename(temporary, this.file);
    this.loadedVersion = "";
    this.checkedAt = 0;
  }
}
