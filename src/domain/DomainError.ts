/**
 * A command the domain refuses. The kind says how a caller should react, and maps to one
 * GraphQL error code in one place (src/graphql/errors): validation -> BAD_USER_INPUT,
 * not_found -> NOT_FOUND, already_exists / illegal_state / concurrency -> CONFLICT,
 * too_large (an answer over its cap: ask for less) -> RESULT_TOO_LARGE, possible_duplicate (a new
 * entity whose name an existing one has: say it is distinct, or use it) -> POSSIBLE_DUPLICATE.
 */
export type DomainErrorKind =
  | "validation"
  | "not_found"
  | "already_exists"
  | "illegal_state"
  | "concurrency"
  | "too_large"
  | "possible_duplicate";

export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** The offending input field, as a path such as "source.quote" or "facts[3].to". */
    readonly field?: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The same error, its field placed under a prefix (a fact inside an article ingestion). */
  within(prefix: string): DomainError {
    const field = this.field ? `${prefix}.${this.field}` : prefix;
    return new DomainError(this.kind, `${prefix}: ${this.message}`, field, this.details);
  }
}

export const invalid = (field: string, message: string) =>
  new DomainError("validation", message, field);
