/**
 * What stands in for a secret in the logs. The redacted value keeps nothing of the secret, not
 * even its length: a log line must not help anyone guess a credential.
 */
export const REDACTED = "[redacted]";

/**
 * Where pino finds credentials in what the server logs (pino's `redact` paths): the request's
 * authorization and cookie headers (pino-http logs every request's headers), cookies it sets,
 * and graphql-ws's `connection_init` payload (its `authorization`), wherever a log call puts them.
 */
export const REDACTED_PATHS: readonly string[] = [
  "req.headers.authorization",
  "req.headers.cookie",
  "req.headers['proxy-authorization']",
  "req.headers['x-api-key']",
  "res.headers['set-cookie']",
  "headers.authorization",
  "headers.cookie",
  "connectionParams",
  "*.connectionParams",
  "payload.authorization",
  "payload.Authorization",
  "*.payload.authorization",
  "*.payload.Authorization",
];

/**
 * Token-shaped values, wherever they appear in a line (a message, an error's text, a URL): an API
 * key (`isskg_...`), whatever follows the word Bearer or Basic, and a JWT or JWE: base64url parts
 * joined by dots whose first decodes to a JSON object (`eyJ...`). What the paths above miss, this
 * catches: it runs on every line as it is written.
 */
const API_KEY = /isskg_[A-Za-z0-9_-]*/g;
const AUTHORIZATION = /\b(Bearer|Basic)(?:\s|\\[nrt]|%20|\+)+([^\s"',;\\]+)/gi;
/** What follows the scheme in a WWW-Authenticate challenge, which is no credential. */
const CHALLENGE_PARAMETER = /^(realm|scope|error|error_description|error_uri|charset)=/i;
const DOTTED_BASE64URL = /\b[A-Za-z0-9_-]{10,}(?:\.[A-Za-z0-9_-]*){2,4}/g;

/** Whether a base64url text decodes to the start of a JSON object, as a JOSE header does. */
function isJoseHeader(part: string): boolean {
  return Buffer.from(part, "base64url").toString("latin1").trimStart().startsWith("{");
}

/** The line with every token-shaped value replaced by the redacted mark. */
export function redactTokens(line: string): string {
  return line
    .replace(API_KEY, REDACTED)
    .replace(AUTHORIZATION, (match, scheme: string, credential: string) =>
      CHALLENGE_PARAMETER.test(credential) ? match : `${scheme} ${REDACTED}`,
    )
    .replace(DOTTED_BASE64URL, (match) =>
      isJoseHeader(match.slice(0, match.indexOf("."))) ? REDACTED : match,
    );
}
