import { createHash, createHmac, randomBytes } from "node:crypto";
import { isRole, type Role } from "./Principal";

/**
 * API keys, as tokens and as the key file stores them (README, "Access").
 *
 * A key is `isskg_` and 43 base64url characters: 256 random bits, nothing else. It is stored as
 * its HMAC-SHA-256 digest, and found by it: a check is one hash and one lookup (microseconds),
 * whoever sends what. A slow hash (scrypt, bcrypt) protects guessable secrets such as passwords;
 * 256 random bits are not guessable, so it would only make every check cost a stranger's
 * chosen price. The HMAC's key is a fixed label, not a secret: it keeps these digests apart
 * from any other SHA-256 of the same bytes (a secret key would add nothing: the digest of 256
 * random bits gives no way back to them).
 *
 * Each key also has an `id`: a public handle, unrelated to the token, that names it in events
 * (`apikey:<id>` is their actor), in lists and to revoke it. Knowing it gives nothing to forge.
 */
export const KEY_FILE_FORMAT = "iss-api-keys/2";
/** The first format: scrypt hashes, tokens `isskg_<id>_<secret>` found by their id. */
export const LEGACY_KEY_FILE_FORMAT = "iss-api-keys/1";

const TOKEN = /^isskg_[A-Za-z0-9_-]{43}$/;
/** A token of the first format: the id in it found the entry, whose scrypt hash checked the secret. */
const LEGACY_TOKEN = /^isskg_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const DIGEST_LABEL = "iss-knowledge-graph api key";

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith("isskg_");
}

export function newToken(): string {
  return `isskg_${randomBytes(32).toString("base64url")}`;
}

/** A public handle: 16 hexadecimal characters, drawn apart from any token. */
export function newKeyId(): string {
  return randomBytes(8).toString("hex");
}

/** The digest a key is stored and found by (base64url of HMAC-SHA-256). */
export function keyDigest(token: string): Buffer {
  return createHmac("sha256", DIGEST_LABEL).update(token, "utf8").digest();
}

/** A token's shape: current, of the first format (with the id that finds its entry), or neither. */
export function tokenShape(
  token: string,
): { kind: "current" } | { kind: "legacy"; lookup: string; secret: string } | undefined {
  if (TOKEN.test(token)) return { kind: "current" };
  const legacy = LEGACY_TOKEN.exec(token);
  return legacy ? { kind: "legacy", lookup: legacy[1]!, secret: legacy[2]! } : undefined;
}

export interface ApiKeyInfo {
  /** The public handle: in events' actors, lists, and what revoke takes. */
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  /** For a key of the first format: the id its token carries, and its events' actors before. */
  legacyId?: string;
}

/** What the first format kept to check a secret: checked once, then replaced by a digest. */
export interface ScryptHash {
  salt: string;
  hash: string;
  scrypt: { N: number; r: number; p: number };
}

export interface StoredKey extends ApiKeyInfo {
  /** base64url of keyDigest(token); absent only while a legacy key has not been used. */
  digest?: string;
  legacy?: ScryptHash;
}

export interface KeyFile {
  format: typeof KEY_FILE_FORMAT;
  keys: StoredKey[];
}

export class ApiKeyFileError extends Error {
  override readonly name = "ApiKeyFileError";
}

/**
 * The keys of a file of either format. A file of the first format is migrated as it is read:
 * each key gets a public handle (its old id stays as legacyId, still the lookup of its token)
 * and keeps its scrypt hash until its first use. `migrated` says the file should be saved.
 */
export function parseKeyFile(text: string, file: string): { keys: StoredKey[]; migrated: boolean } {
  let parsed: { format?: unknown; keys?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch (error) {
    throw new ApiKeyFileError(`${file} is not a readable key file: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed.keys)) {
    throw new ApiKeyFileError(`${file} is not a key file (it has no "keys" list)`);
  }
  const entries = (parsed.keys as Record<string, unknown>[]).filter((key) => isRole(key.role));
  if (parsed.format === KEY_FILE_FORMAT)
    return { keys: entries as unknown as StoredKey[], migrated: false };
  if (parsed.format !== LEGACY_KEY_FILE_FORMAT) {
    throw new ApiKeyFileError(
      `${file} is a key file of format ${String(parsed.format)}; this version reads ${KEY_FILE_FORMAT} and ${LEGACY_KEY_FILE_FORMAT}`,
    );
  }
  const keys = entries.map((entry): StoredKey => {
    const old = entry as unknown as ApiKeyInfo & ScryptHash;
    return {
      id: legacyHandle(old.id, old.salt),
      name: old.name,
      role: old.role,
      createdAt: old.createdAt,
      legacyId: old.id,
      legacy: { salt: old.salt, hash: old.hash, scrypt: old.scrypt },
    };
  });
  return { keys, migrated: true };
}

/**
 * The public handle of a key of the first format: derived from what the file keeps of it, so
 * that it is the same at every read (its events' actor must not change) even when the migrated
 * file cannot be saved; it reveals neither its old id nor anything of its token.
 */
function legacyHandle(legacyId: string, salt: string): string {
  return createHash("sha256")
    .update(`iss-knowledge-graph key handle|${legacyId}|${salt}`)
    .digest("hex")
    .slice(0, 16);
}

export function keyInfo(key: StoredKey): ApiKeyInfo {
  const { id, name, role, createdAt, legacyId } = key;
  return { id, name, role, createdAt, ...(legacyId ? { legacyId } : {}) };
}
