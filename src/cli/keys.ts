/**
 * npm run keys -- create --name NAME [--role reader|writer|admin] | list | revoke ID
 *
 * Manages the API keys of the key file (API_KEYS_FILE, default .iss/api-keys.json, readable by its
 * owner only): whoever may run this may grant any role, so it is the admin's tool by file
 * permissions. A running server reads the file again within a second.
 */
import { parseArgs } from "node:util";
import { ApiKeyFileError, ApiKeyStore } from "../auth/ApiKeyStore";
import { isRole, ROLES } from "../auth/Principal";
import { authSettings } from "../config/authSettings";
import { runCli, say } from "./runCli";

const USAGE = `usage: npm run keys -- create --name NAME [--role ${ROLES.join("|")}] (default writer)
       npm run keys -- list
       npm run keys -- revoke ID`;

runCli(async () => {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { name: { type: "string" }, role: { type: "string", default: "writer" } },
  });
  const store = new ApiKeyStore(authSettings().apiKeysFile);
  const [action, ...rest] = positionals;
  try {
    switch (action) {
      case "create": {
        if (!values.name || rest.length > 0) return usage();
        if (!isRole(values.role)) return usage(`unknown role "${values.role}"`);
        const { token, key } = await store.create({ name: values.name, role: values.role });
        say(
          `created key ${key.id} (${key.role}) for ${key.name}; it is shown once, keep it secret:`,
        );
        say("");
        say(`  ${token}`);
        say("");
        say(
          `send it as: Authorization: Bearer isskg_...; events it writes name it apikey:${key.id}`,
        );
        say(`(in GraphiQL: the Headers tab, {"Authorization": "Bearer <key>"})`);
        return 0;
      }
      case "list": {
        if (rest.length > 0) return usage();
        const keys = await store.list();
        if (keys.length === 0) say(`no keys in ${store.file}`);
        for (const key of keys) {
          // A key of the first format: its events until now name it by its old id.
          const was = key.legacyId ? `  (formerly apikey:${key.legacyId})` : "";
          say(`${key.id}  ${key.role.padEnd(6)}  ${key.createdAt}  ${key.name}${was}`);
        }
        return 0;
      }
      case "revoke": {
        if (rest.length !== 1) return usage();
        if (!(await store.revoke(rest[0]!))) {
          console.error(`error: no key ${rest[0]} in ${store.file} (npm run keys -- list)`);
          return 1;
        }
        say(`revoked key ${rest[0]}: a running server refuses it within a second`);
        return 0;
      }
      default:
        return usage(action ? `unknown action "${action}"` : undefined);
    }
  } catch (error) {
    if (!(error instanceof ApiKeyFileError)) throw error;
    console.error(`error: ${error.message}`);
    return 1;
  }
});

function usage(problem?: string): number {
  if (problem) console.error(`error: ${problem}`);
  console.error(USAGE);
  return 2;
}
