/**
 * A batch of a backup that the log refused or could not take (its transaction rolled back): which
 * lines and positions, and why. The log stands where it was before the batch.
 */
export class LogImportError extends Error {
  override readonly name = "LogImportError";

  constructor(
    readonly fromPosition: number,
    readonly toPosition: number,
    readonly firstLine: number,
    readonly lastLine: number,
    override readonly cause: unknown,
  ) {
    super(
      `lines ${firstLine} to ${lastLine} (positions ${fromPosition} to ${toPosition}) were not imported: ` +
        `${cause instanceof Error ? cause.message : String(cause)}. ` +
        `The log ends at position ${fromPosition - 1}, as it did before them`,
    );
  }
}
