import { randomBytes, scryptSync } from "node:crypto";
import { writeFileSync } from "node:fs";

/** A key file of the first format (iss-api-keys/1), as the previous version wrote it. */
export function legacyKeyFile(file: string, role = "writer"): { token: string; oldId: string } {
  const oldId = randomBytes(8).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  const salt = randomBytes(16);
  const scrypt = { N: 2 ** 15, r: 8, p: 1 };
  const hash = scryptSync(secret, salt, 32, { ...scrypt, maxmem: 256 * scrypt.N * scrypt.r });
  const key = {
    id: oldId,
    name: "old key",
    role,
    createdAt: "2026-01-01T00:00:00.000Z",
    salt: salt.toString("base64"),
    hash: hash.toString("base64"),
    scrypt,
  };
  writeFileSync(file, JSON.stringify({ format: "iss-api-keys/1", keys: [key] }), { mode: 0o600 });
  return { token: `isskg_${oldId}_${secret}`, oldId };
}
