import { format, resolveConfig } from "prettier";

/**
 * The SDL formatted as the repository formats it (prettier, with its .prettierrc.json), so that
 * a generated file passes npm run lint. Only npm run codegen loads prettier: its CommonJS entry
 * imports ES modules, which Jest's module system cannot (tests parse the unformatted SDL).
 */
export async function formatSdl(sdl: string, file: string): Promise<string> {
  const options = (await resolveConfig(file)) ?? {};
  return format(sdl, { ...options, parser: "graphql" });
}
