import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ApiKeyStore } from "../../../src/auth/ApiKeyStore";
import { AuthError } from "../../../src/auth/AuthError";
import { Authenticator } from "../../../src/auth/Authenticator";
import { LegacyCheckRefused, LegacyKeyCheck } from "../../../src/auth/LegacyKeyCheck";
import { legacyKeyFile } from "../../support/legacyKeyFile";
import { testAuthSettings } from "../../../tools/support/testTokens";

const keysFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), "iss-keys-")), "keys.json");

describe("API keys", () => {
  it("are 256 random bits, stored as a digest in a file of the owner only; the id is no part of the token", async () => {
    const file = keysFile();
    const store = new ApiKeyStore(file);
    const { token, key } = await store.create({ name: "ci runner", role: "writer" });
    expect(token).toMatch(/^isskg_[\w-]{43}$/);
    expect(token).not.toContain(key.id);
    const written = readFileSync(file, "utf8");
    expect(written).toContain('"format": "iss-api-keys/2"');
    expect(written).not.toContain(token.slice(6));
    expect(written).not.toContain('"hash"');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    await expect(new ApiKeyStore(file).verify(token)).resolves.toEqual({
      subject: `apikey:${key.id}`,
      role: "writer",
      via: "api-key",
    });
    expect(await store.list()).toEqual([key]);
  });

  it("are checked in microseconds, right or wrong", async () => {
    const store = new ApiKeyStore(keysFile());
    const { token } = await store.create({ name: "fast", role: "reader" });
    const wrong = `isskg_${randomBytes(32).toString("base64url")}`;
    await store.verify(token);
    const started = performance.now();
    for (let i = 0; i < 2_000; i++) {
      await store.verify(i % 2 ? token : wrong);
    }
    // scrypt took about 100 ms a check; 2,000 checks take milliseconds.
    expect((performance.now() - started) / 2_000).toBeLessThan(1);
  });

  it("are judged only once the file is read: checks during the first load wait for it", async () => {
    const file = keysFile();
    const { token } = await new ApiKeyStore(file).create({ name: "writer", role: "writer" });
    const server = new ApiKeyStore(file);
    const checks = await Promise.all(Array.from({ length: 50 }, () => server.verify(token)));
    expect(checks.filter((principal) => principal === undefined)).toHaveLength(0);
  });

  it("refuse a wrong secret, an unknown key, a revoked key (seen within a second)", async () => {
    const file = keysFile();
    const cli = new ApiKeyStore(file);
    const { token, key } = await cli.create({ name: "temp", role: "admin" });
    const server = new ApiKeyStore(file);
    await expect(server.verify(token)).resolves.toMatchObject({ role: "admin" });
    await expect(server.verify(`${token.slice(0, -4)}AAAA`)).resolves.toBeUndefined();
    await expect(server.verify(`isskg_${"a".repeat(43)}`)).resolves.toBeUndefined();
    await expect(server.verify("isskg_short")).resolves.toBeUndefined();
    expect(await cli.revoke(key.id)).toBe(true);
    expect(await cli.revoke(key.id)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expect(server.verify(token)).resolves.toBeUndefined();
  });

  it("refuse a name that could not be shown safely", async () => {
    await expect(
      new ApiKeyStore(keysFile()).create({ name: "a\nb", role: "reader" }),
    ).rejects.toThrow(/name/);
  });
});

describe("a key file of the first format (iss-api-keys/1, scrypt)", () => {
  it("is migrated when read: its keys keep working, get a stable public handle, and lose scrypt at first use", async () => {
    const file = keysFile();
    const { token, oldId } = legacyKeyFile(file);
    const store = new ApiKeyStore(file);
    const [listed] = await store.list();
    expect(listed).toMatchObject({ name: "old key", role: "writer", legacyId: oldId });
    expect(listed!.id).not.toBe(oldId);
    expect(readFileSync(file, "utf8")).toContain('"format": "iss-api-keys/2"');
    expect(readFileSync(file, "utf8")).toContain('"legacy"');
    // Another process reading the migrated file sees the same handle.
    expect((await new ApiKeyStore(file).list())[0]!.id).toBe(listed!.id);
    await expect(store.verify(token)).resolves.toEqual({
      subject: `apikey:${listed!.id}`,
      role: "writer",
      via: "api-key",
    });
    const migrated = readFileSync(file, "utf8");
    expect(migrated).not.toContain('"legacy"');
    expect(migrated).toContain('"digest"');
    // From now on the token is found by its digest; its old id opens no scrypt check.
    const check = new LegacyKeyCheck();
    const spy = jest.spyOn(check, "matches");
    const fresh = new ApiKeyStore(file, { legacyCheck: check });
    await expect(fresh.verify(token)).resolves.toMatchObject({ subject: `apikey:${listed!.id}` });
    await expect(fresh.verify(`isskg_${oldId}_${"b".repeat(43)}`)).resolves.toBeUndefined();
    expect(spy).not.toHaveBeenCalled();
    // It can be revoked by its old id too.
    expect(await fresh.revoke(oldId)).toBe(true);
  });

  it("runs one scrypt check at a time, lets a few wait, and refuses the rest at once", async () => {
    const file = keysFile();
    const { oldId } = legacyKeyFile(file);
    const store = new ApiKeyStore(file, {
      legacyCheck: new LegacyKeyCheck({ concurrency: 1, queue: 2 }),
    });
    await store.load();
    const forged = () => store.verify(`isskg_${oldId}_${randomBytes(32).toString("base64url")}`);
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, forged));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(3);
    const refused = outcomes.filter((o) => o.status === "rejected");
    expect(refused).toHaveLength(5);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(LegacyCheckRefused);
  });

  it("is checked with scrypt only for a client within its budget of failures; valid keys still pass", async () => {
    const file = keysFile();
    const { oldId } = legacyKeyFile(file);
    const authenticator = new Authenticator(
      testAuthSettings({ apiKeysFile: file, maxFailuresPerMinute: 3 }),
    );
    const { token } = await authenticator.keys.create({ name: "valid", role: "writer" });
    const forged = `Bearer isskg_${oldId}_${"c".repeat(43)}`;
    const attempt = (client: string) =>
      authenticator.authenticate(forged, client).catch((error: AuthError) => error.kind);
    for (let i = 0; i < 3; i++) expect(await attempt("10.0.0.1")).toBe("unauthenticated");
    // Refused before scrypt runs: no check is started for a client past its budget.
    const checks = jest.spyOn(LegacyKeyCheck.prototype, "matches");
    expect(await attempt("10.0.0.1")).toBe("throttled");
    expect(checks).not.toHaveBeenCalled();
    checks.mockRestore();
    await expect(authenticator.authenticate(`Bearer ${token}`, "10.0.0.1")).resolves.toMatchObject({
      role: "writer",
    });
    expect(await attempt("10.0.0.2")).toBe("unauthenticated");
  });
});
