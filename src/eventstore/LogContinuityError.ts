/**
 * Events restored from a backup do not continue the log where it ends: their first position is
 * not the one after the head, or an event does not continue its stream's revisions.
 */
export class LogContinuityError extends Error {
  override readonly name = "LogContinuityError";
}
