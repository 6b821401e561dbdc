import { testToken } from "../../tools/support/testTokens";

let signed: Promise<string> | undefined;

/**
 * The headers of every write request the outage test and the chaos harness send: a writer's JWT
 * signed with the tests' secret, which the API processes they start accept (startServerProcess
 * gives them TEST_AUTH_ENV). CHAOS_WRITER_TOKEN, when set, is sent instead (an API of yours).
 */
export async function writerHeaders(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Record<string, string>> {
  const token =
    env.CHAOS_WRITER_TOKEN ||
    (await (signed ??= testToken("writer", { subject: "chaos", expiresIn: "12h" })));
  return { authorization: `Bearer ${token}` };
}
