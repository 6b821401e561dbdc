import { timingSafeEqual } from "node:crypto";
import { chmod, mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  ApiKeyFileError,
  KEY_FILE_FORMAT,
  keyDigest,
  keyInfo,
  newKeyId,
  newToken,
  parseKeyFile,
  tokenShape,
  type ApiKeyInfo,
  type KeyFile,
  type StoredKey,
} from "./apiKeyFormat";
import { LegacyKeyCheck } from "./LegacyKeyCheck";
import { isRole, type Principal, type Role } from "./Principal";

export { ApiKeyFileError, looksLikeApiKey, type ApiKeyInfo } from "./apiKeyFormat";

/** How long a loaded file is trusted before its modification time is checked again. */
const RELOAD_CHECK_MILLIS = 1_000;

/** Digests are found by their first bytes, then compared whole in constant time. */
const indexOf = (digest: Buffer) => digest.subarray(0, 12).toString("base64url");

/**
 * API keys, kept in one JSON file readable by its owner only, each as the digest of its token
 * (src/auth/apiKeyFormat.ts): the file leaking gives no usable key, and a check costs one hash.
 * The server reads the file again when it changes, so `npm run keys` takes effect on a running
 * server at once: a key it does not know makes it look at the file again before refusing it. Checks made while the file is (re)loaded wait for it, never judging
 * a key against a half-known file. A file of the first format is migrated when read; each of
 * its keys is checked once with scrypt (LegacyKeyCheck, bounded), then by its digest.
 */
export class ApiKeyStore {
  private keys: StoredKey[] = [];
  private byDigest = new Map<string, StoredKey>();
  private byLegacyId = new Map<string, StoredKey>();
  /** The loaded file's inode and modification time: each save renames a new file in. */
  private loadedVersion: string | undefined;
  private checkedAt = 0;
  private loading: Promise<void> | undefined;

  constructor(
    readonly file: string,
    private readonly options: {
      legacyCheck?: LegacyKeyCheck;
      /** Told when a migration could not be saved (the keys still work, from memory). */
      warn?: (message: string) => void;
    } = {},
  ) {}

  /** Loads the file now (a server does so before it listens). */
  async load(): Promise<void> {
    await this.refresh(true);
  }

  /**
   * The key's principal, or undefined when the token is no key of this file. `beforeLegacyCheck`
   * runs before a (costly) scrypt check of a key of the first format and may throw to refuse it.
   */
  async verify(token: string, beforeLegacyCheck?: () => void): Promise<Principal | undefined> {
    const shape = tokenShape(token);
    if (!shape) return undefined;
    await this.refresh();
    const digest = keyDigest(token);
    const known = () => {
      const found = this.byDigest.get(indexOf(digest));
      return found?.digest && timingSafeEqual(Buffer.from(found.digest, "base64url"), digest)
        ? found
        : undefined;
    };
    // A key unknown to the file as last read may have been made since (npm run keys): the file
    // is looked at again (one stat, shared by concurrent checks) before the key is refused.
    const found = known() ?? (await this.refresh(true).then(known));
    if (found) return principalOf(found);
    if (shape.kind !== "legacy") return undefined;
    const legacy = this.byLegacyId.get(shape.lookup);
    if (!legacy?.legacy) return undefined;
    beforeLegacyCheck?.();
    const check = (this.options.legacyCheck ??= new LegacyKeyCheck());
    if (!(await check.matches(shape.secret, legacy.legacy))) return undefined;
    await this.upgrade(legacy.id, digest);
    return principalOf(legacy);
  }

  async list(): Promise<ApiKeyInfo[]> {
    await this.refresh(true);
    return this.keys.map(keyInfo);
  }

  /** A new key: the token is returned once and stored only as its digest. */
  async create(input: { name: string; role: Role }): Promise<{ token: string; key: ApiKeyInfo }> {
    if (!/^[\w .@-]{1,64}$/.test(input.name)) {
      throw new ApiKeyFileError(
        "a key's name is 1 to 64 letters, digits, spaces or . _ @ - (it says who holds the key)",
      );
    }
    if (!isRole(input.role)) throw new ApiKeyFileError(`unknown role "${String(input.role)}"`);
    await this.refresh(true);
    const token = newToken();
    const key: StoredKey = {
      id: newKeyId(),
      name: input.name,
      role: input.role,
      createdAt: new Date().toISOString(),
      digest: keyDigest(token).toString("base64url"),
    };
    this.use([...this.keys, key]);
    await this.save();
    return { token, key: keyInfo(key) };
  }

  /** Whether a key of that id (or, for a key of the first format, its old id) existed. */
  async revoke(id: string): Promise<boolean> {
    await this.refresh(true);
    const kept = this.keys.filter((key) => key.id !== id && key.legacyId !== id);
    if (kept.length === this.keys.length) return false;
    this.use(kept);
    await this.save();
    return true;
  }

  /** A first-format key, once its secret checked: stored by its digest from now on. */
  private async upgrade(id: string, digest: Buffer): Promise<void> {
    await this.refresh(true);
    this.use(
      this.keys.map((key) => {
        if (key.id !== id) return key;
        const { legacy: _legacy, ...rest } = key;
        return { ...rest, digest: digest.toString("base64url") };
      }),
    );
    await this.save().catch((error: unknown) =>
      this.options.warn?.(`could not save ${this.file}: ${(error as Error).message}`),
    );
  }

  private use(keys: StoredKey[]): void {
    this.keys = keys;
    this.byDigest = new Map(
      keys.flatMap((key) =>
        key.digest ? [[indexOf(Buffer.from(key.digest, "base64url")), key] as const] : [],
      ),
    );
    this.byLegacyId = new Map(
      keys.flatMap((key) => (key.legacy && key.legacyId ? [[key.legacyId, key] as const] : [])),
    );
  }

  /** Reads the file when it changed; concurrent callers share one read. */
  private refresh(force = false): Promise<void> {
    if (this.loading) return this.loading;
    const fresh = Date.now() - this.checkedAt < RELOAD_CHECK_MILLIS;
    if (!force && this.loadedVersion !== undefined && fresh) return Promise.resolve();
    this.loading = this.read().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async read(): Promise<void> {
    let version: string;
    try {
      const { ino, mtimeMs } = await stat(this.file);
      version = `${ino}:${mtimeMs}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      version = "none";
    }
    if (version !== this.loadedVersion) {
      const { keys, migrated } =
        version === "none"
          ? { keys: [], migrated: false }
          : parseKeyFile(await readFile(this.file, "utf8"), this.file);
      this.use(keys);
      this.loadedVersion = version;
      if (migrated) {
        await this.save().catch((error: unknown) =>
          this.options.warn?.(
            `read ${this.file} (format iss-api-keys/1) but could not save it as ${KEY_FILE_FORMAT}: ${(error as Error).message}`,
          ),
        );
      }
    }
    this.checkedAt = Date.now();
  }

  /** Written whole to a temporary file, then renamed: a reader never sees half a file. */
  private async save(): Promise<void> {
    const dir = path.dirname(this.file);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const body: KeyFile = { format: KEY_FILE_FORMAT, keys: this.keys };
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
    await chmod(temporary, 0o600);
    await rename(temporary, this.file);
    const { ino, mtimeMs } = await stat(this.file);
    this.loadedVersion = `${ino}:${mtimeMs}`;
  }
}

function principalOf(key: StoredKey): Principal {
  return { subject: `apikey:${key.id}`, role: key.role, via: "api-key" };
}
