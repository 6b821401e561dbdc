import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { legacyKeyFile } from "../support/legacyKeyFile";
import { writerHeaders } from "../support/writerHeaders";

/**
 * The writers' credentials in a chaos run: an API key, in a key file of the first format
 * (iss-api-keys/1) that the API migrates at its first start, and the tests' JWT, taken in turn
 * request by request. Each API start must judge the key against the whole file: a valid
 * credential refused (UNAUTHENTICATED) is a violation of the run.
 */
export function chaosCredentials(): {
  env: { API_KEYS_FILE: string };
  headers: () => Promise<Record<string, string>>;
} {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "iss-chaos-keys-")), "keys.json");
  const { token } = legacyKeyFile(file);
  let sent = 0;
  return {
    env: { API_KEYS_FILE: file },
    headers: async () =>
      (sent += 1) % 2 === 0 ? { authorization: `Bearer ${token}` } : writerHeaders(),
  };
}
