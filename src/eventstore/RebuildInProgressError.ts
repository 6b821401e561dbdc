/** Commands are refused while the projection is rebuilt from the log (the log carries a mark). */
export class RebuildInProgressError extends Error {
  override readonly name = "RebuildInProgressError";
}
