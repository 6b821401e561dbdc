/**
 * The headers of every write request the tests and the chaos harness send (authentication is
 * coming: mutations will need a writer's token). CHAOS_WRITER_TOKEN, when set, is sent as a
 * bearer token.
 */
export function writerHeaders(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const token = env.CHAOS_WRITER_TOKEN;
  return token ? { authorization: `Bearer ${token}` } : {};
}
