/** A backup file that cannot be restored: what is wrong, and on which line (1-based). */
export class LogArchiveError extends Error {
  override readonly name = "LogArchiveError";

  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(line > 0 ? `line ${line}: ${problem}` : problem);
  }
}
