import { AsyncResource } from "node:async_hooks";
/** What became of one unit of a group: its result, or the error that refused it alone. */
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * The caller stopped waiting for a unit (its signal aborted: a request's time ran out, or its
 * client left). `written` says whether the unit may still be written: "no" when it was still
 * waiting for a group (it was withdrawn), "unknown" when its group was already being written.
 */
export class UnitAbandoned extends Error {
  override readonly name = "UnitAbandoned";
  constructor(
    readonly reason: unknown,
    readonly written: "no" | "unknown",
  ) {
    super(
      written === "no"
        ? "stopped waiting before the unit was written: it was withdrawn"
        : "stopped waiting while the unit's group was being written",
    );
  }
}

export interface GroupCommitOptions<U> {
  /** A group takes units until their total size reaches this (a unit larger than it goes alone). */
  maxGroupSize: number;
  sizeOf: (unit: U) => number;
  /**
   * Whether a failure of a whole group might be one unit's doing, so that retrying the units one
   * by one isolates it (a bug or a constraint hit by one command), rather than the database's
   * (unreachable, a rebuild running), where every unit gets the error at once.
   */
  isolatable: (error: unknown) => boolean;
}

/**
 * Group commit: units submitted while a group is being written wait, then go together in the
 * next group, so that under load many units share one transaction, one lock and one commit,
 * while a lone unit goes at once. A group is flushed by one call that answers each unit on its
 * own (a refused unit refuses only itself). One group is in flight at a time per instance.
 * Groups are written in the async context the GroupCommit was made in, never in that of the
 * request whose unit happened to start them: a group serves several requests, so no one
 * request's context (the scope that times out and cuts its reads) may reach it.
 */
export class GroupCommit<U, R> {
  private readonly waiting: { unit: U; resolve: (r: R) => void; reject: (e: unknown) => void }[] =
    [];
  private flushing = false;
  private groups = 0;
  /** drain(), bound to the async context of the GroupCommit's construction. */
  private readonly drainOutsideCallers = AsyncResource.bind(() => this.drain());

  constructor(
    private readonly flush: (units: readonly U[]) => Promise<Outcome<R>[]>,
    private readonly options: GroupCommitOptions<U>,
  ) {}

  /** How many groups have been written. */
  get groupCount(): number {
    return this.groups;
  }

  /**
   * Submits a unit; its result once its group is written. When `signal` aborts first, the caller
   * stops waiting (UnitAbandoned): a unit still waiting is withdrawn and never written; one whose
   * group is being written goes on, and its outcome is dropped.
   */
  submit(unit: U, signal?: AbortSignal): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (signal?.aborted) return reject(new UnitAbandoned(signal.reason, "no"));
      const entry = { unit, resolve, reject };
      this.waiting.push(entry);
      signal?.addEventListener(
        "abort",
        () => {
          const index = this.waiting.indexOf(entry);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(new UnitAbandoned(signal.reason, index >= 0 ? "no" : "unknown"));
        },
        { once: true },
      );
      if (this.flushing) return;
      this.flushing = true;
      // After the current task's other submissions, so that a burst goes as one group.
      queueMicrotask(() => void this.drainOutsideCallers());
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        const group = this.takeGroup();
        await this.write(group);
      }
    } finally {
      this.flushing = false;
    }
  }

  private takeGroup() {
    let size = 0;
    let count = 0;
    while (count < this.waiting.length) {
      const next = this.options.sizeOf(this.waiting[count]!.unit);
      if (count > 0 && size + next > this.options.maxGroupSize) break;
      size += next;
      count += 1;
    }
    return this.waiting.splice(0, count);
  }

  private async write(group: ReturnType<GroupCommit<U, R>["takeGroup"]>): Promise<void> {
    this.groups += 1;
    let outcomes: Outcome<R>[];
    try {
      outcomes = await this.flush(group.map((entry) => entry.unit));
    } catch (error) {
      if (group.length === 1 || !this.options.isolatable(error)) {
        for (const entry of group) entry.reject(error);
        return;
      }
      // One unit may have failed the group: each alone, so that only it fails.
      for (const entry of group) await this.write([entry]);
      return;
    }
    group.forEach((entry, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) entry.resolve(outcome.value);
      else entry.reject(outcome.error);
    });
  }
}
