/** A setting of the environment is wrong: the message names it and what it must be. */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
}

/** The process's environment, or a test's: variables by name. */
export type Env = Readonly<Record<string, string | undefined>>;

/** A whole number from 1 to `max` from the environment; `fallback` when unset or empty. */
export function positiveInteger(env: Env, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ConfigurationError(`${name} must be a whole number from 1 to ${max}, got "${raw}"`);
  }
  return value;
}

/** true or false from the environment; `fallback` when unset or empty. */
export function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw !== "true" && raw !== "false") {
    throw new ConfigurationError(`${name} must be true or false, got "${raw}"`);
  }
  return raw === "true";
}
