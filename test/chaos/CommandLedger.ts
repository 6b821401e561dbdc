import { isDeepStrictEqual } from "node:util";
import type { Answer } from "./ChaosHttp";
import type { ChaosOperation, Receipt } from "./chaosOperations";

/**
 * Every command the clients sent and what the API acknowledged for it: the receipt (stream, log
 * positions) of each command id. The final check compares it with the log. Checked as answers
 * come: an operation is acknowledged for exactly its command ids, a command id acknowledged
 * again (a retry after a lost answer, or a deliberate re-send) is a replay with the same receipt,
 * and a command is replayed only when an earlier attempt may have executed it.
 */
export class CommandLedger {
  readonly sent = new Set<string>();
  readonly acknowledged = new Map<string, Receipt>();
  /** Operations acknowledged, sent again with the same ids: replayed with an equal receipt. */
  resent = 0;
  /** First acknowledged as replays: an earlier attempt had executed them, its answer lost. */
  replayedAfterLostAnswer = 0;
  /** Refused as expected (the losers of a race): never in the log. */
  readonly refused = new Set<string>();
  readonly violations: string[] = [];
  /** performance.now() of each acknowledgement, ascending. */
  private readonly ackTimes: number[] = [];
  private ackWaiters: { after: number; count: number; resolve: (at: number) => void }[] = [];

  /** An operation about to be sent (again). */
  sending(operation: ChaosOperation): void {
    for (const id of operation.commandIds) this.sent.add(id);
  }

  /** A definitive answer; `resend`: the operation had been acknowledged before. */
  answered(
    operation: ChaosOperation,
    answer: Answer,
    attempts: number,
    options: { resend: boolean; refusalExpected?: boolean },
  ): void {
    if (answer.kind === "refused") {
      if (options.refusalExpected) for (const id of operation.commandIds) this.refused.add(id);
      else
        this.violations.push(
          `${operation.field} ${operation.commandIds[0]} refused (${answer.code}): ${answer.message}`,
        );
      return;
    }
    const ids = answer.receipts.map((r) => r.commandId);
    if (!isDeepStrictEqual(ids, operation.commandIds)) {
      this.violations.push(
        `${operation.field} sent as ${operation.commandIds.join(", ")} was acknowledged as ${ids.join(", ")}`,
      );
      return;
    }
    if (options.resend) this.resent++;
    for (const receipt of answer.receipts) this.acknowledge(receipt, attempts, options.resend);
    const now = performance.now();
    this.ackTimes.push(now);
    const waiting = this.ackWaiters.filter(
      (w) => this.countthAfter(w.after, w.count) !== undefined,
    );
    this.ackWaiters = this.ackWaiters.filter((w) => !waiting.includes(w));
    for (const waiter of waiting) waiter.resolve(now);
  }

  private acknowledge(receipt: Receipt, attempts: number, resend: boolean): void {
    const earlier = this.acknowledged.get(receipt.commandId);
    if (earlier) {
      const same =
        receipt.replayed &&
        earlier.stream === receipt.stream &&
        isDeepStrictEqual(earlier.positions, receipt.positions);
      if (!same)
        this.violations.push(
          `${receipt.commandId} acknowledged again with another receipt: ${JSON.stringify(receipt)}, first ${JSON.stringify(earlier)}`,
        );
      return;
    }
    if (receipt.replayed) {
      if (attempts === 1 && !resend)
        this.violations.push(`${receipt.commandId} was replayed the first time it was sent`);
      this.replayedAfterLostAnswer++;
    }
    this.acknowledged.set(receipt.commandId, { ...receipt, replayed: false });
  }

  /**
   * When the `count`th acknowledgement after `after` (performance.now()) came or comes; undefined
   * at timeout.
   */
  ackAfter(after: number, count: number, timeoutMs: number): Promise<number | undefined> {
    const reached = this.countthAfter(after, count);
    if (reached !== undefined) return Promise.resolve(reached);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.ackWaiters = this.ackWaiters.filter((w) => w !== waiter);
        resolve(undefined);
      }, timeoutMs);
      const waiter = {
        after,
        count,
        resolve: (at: number) => {
          clearTimeout(timer);
          resolve(at);
        },
      };
      this.ackWaiters.push(waiter);
    });
  }

  /** When the first acknowledgement after `after` came or comes; undefined at timeout. */
  firstAckAfter(after: number, timeoutMs: number): Promise<number | undefined> {
    return this.ackAfter(after, 1, timeoutMs);
  }

  /** The time of the `count`th acknowledgement after `after`, if there has been one. */
  private countthAfter(after: number, count: number): number | undefined {
    let low = 0;
    let high = this.ackTimes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.ackTimes[middle]! <= after) low = middle + 1;
      else high = middle;
    }
    return this.ackTimes[low + count - 1];
  }
}
