import type { SeededRandom } from "../../tools/stories/SeededRandom";
import type { ChaosHttp } from "./ChaosHttp";
import { operationOf, type ChaosOperation } from "./chaosOperations";
import type { CommandLedger } from "./CommandLedger";
import type { WriterStory } from "./WriterStory";

/** Share of operations after which an earlier acknowledged one is sent again, to see it replayed. */
const RESEND_SHARE = 0.05;

/**
 * One writer client: its story's operations one after another, each sent until answered (the
 * same command ids every time), and now and then an acknowledged one sent again.
 */
export class ChaosWriter {
  private readonly done: ChaosOperation[] = [];

  constructor(
    private readonly story: WriterStory,
    private readonly http: ChaosHttp,
    private readonly ledger: CommandLedger,
    private readonly random: SeededRandom,
  ) {}

  /** Runs until `stopping` says so, finishing the operation under way. */
  async run(stopping: () => boolean): Promise<void> {
    while (!stopping()) {
      const operation = operationOf(this.story.next());
      if (!(await this.send(operation, false))) return;
      if (this.done.length > 0 && this.random.chance(RESEND_SHARE)) {
        if (!(await this.send(this.random.pick(this.done), true))) return;
      }
    }
  }

  /** Operations acknowledged so far (for the re-sends of the final check). */
  acknowledged(): readonly ChaosOperation[] {
    return this.done;
  }

  private async send(operation: ChaosOperation, resend: boolean): Promise<boolean> {
    this.ledger.sending(operation);
    const sent = await this.http.sendUntilAnswered(operation);
    if (!sent) return false;
    this.ledger.answered(operation, sent.answer, sent.attempts, { resend });
    if (!resend && sent.answer.kind === "acknowledged") this.done.push(operation);
    return true;
  }
}
