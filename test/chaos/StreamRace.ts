import type { CommandOfType } from "../../src/catalogue/commands";
import type { Answer, ChaosHttp } from "./ChaosHttp";
import { commandOperation, type ChaosOperation } from "./chaosOperations";
import type { CommandLedger } from "./CommandLedger";

const ARTICLE = "chaos-race";
const DESK = "Race desk";
const LINES = 10;
const ENTITY = "race-target";
/** The stream the racers write to: the entity's fact. */
export const RACE_STREAM = `entity-${ENTITY}`;

export interface RaceRound {
  round: number;
  expectedRevision: number;
  /** Command ids of the racers whose correction was appended: exactly one, always. */
  winners: string[];
  /** Racers refused with CONFLICT (a stale expected revision). */
  losers: number;
}

/**
 * Clients racing on one stream: each round, every racer sends a correction of the same entity
 * with the same expectedRevision, each with a command id of its own; exactly one may win, the
 * others are refused with CONFLICT. A racer whose request failed sends it again with its id: if
 * its first attempt had won, it is answered as the winner (replayed), not as a loser.
 */
export class StreamRace {
  readonly rounds: RaceRound[] = [];
  readonly violations: string[] = [];
  private revision = 0;

  constructor(
    private readonly racers: number,
    private readonly http: ChaosHttp,
    private readonly ledger: CommandLedger,
  ) {}

  /** Registers the article and the entity the racers correct; false if the run was abandoned. */
  async setup(): Promise<boolean> {
    const article = commandOperation(articleOf(ARTICLE, DESK, LINES), "race-article");
    const entity = commandOperation(
      {
        type: "RegisterEntity",
        entityId: ENTITY,
        kind: "Module",
        name: "Race target",
        source: { articleId: ARTICLE, quote: quoteOf(DESK, 0) },
      },
      "race-entity",
    );
    for (const operation of [article, entity]) {
      const answer = await this.send(operation);
      if (!answer) return false;
      if (answer.kind !== "acknowledged") {
        this.violations.push(`the race could not start: ${answer.message}`);
        return false;
      }
      this.revision = answer.receipts[0]!.streamRevision;
    }
    return true;
  }

  /** Runs rounds until `stopping` says so, finishing the round under way. */
  async run(stopping: () => boolean): Promise<void> {
    for (let round = 1; !stopping(); round++) {
      const expectedRevision = this.revision;
      const operations = Array.from({ length: this.racers }, (_, racer) =>
        commandOperation(
          {
            type: "CorrectFact",
            factId: RACE_STREAM,
            changes: { description: `Round ${round}, won by racer ${racer}` },
            reason: `race round ${round}`,
            source: { articleId: ARTICLE, quote: quoteOf(DESK, round % LINES) },
          },
          `race-r${round}-k${racer}`,
          expectedRevision,
        ),
      );
      const answers = await Promise.all(operations.map((operation) => this.send(operation)));
      if (answers.some((answer) => answer === undefined)) return;
      const winners: string[] = [];
      let losers = 0;
      let revision = expectedRevision;
      answers.forEach((answer, racer) => {
        if (answer!.kind === "acknowledged") {
          winners.push(operations[racer]!.commandIds[0]!);
          revision = Math.max(revision, answer!.receipts[0]!.streamRevision);
        } else if (answer!.code === "CONFLICT" && answer!.extensions.reason === "concurrency") {
          losers++;
          revision = Math.max(revision, Number(answer!.extensions.currentRevision));
        } else {
          this.violations.push(`race round ${round}, racer ${racer}: ${answer!.message}`);
        }
      });
      if (winners.length !== 1)
        this.violations.push(`race round ${round} had ${winners.length} winners: ${winners}`);
      this.rounds.push({ round, expectedRevision, winners, losers });
      this.revision = revision;
    }
  }

  private async send(operation: ChaosOperation): Promise<Answer | undefined> {
    this.ledger.sending(operation);
    const sent = await this.http.sendUntilAnswered(operation);
    if (!sent) return undefined;
    this.ledger.answered(operation, sent.answer, sent.attempts, {
      resend: false,
      refusalExpected: true,
    });
    return sent.answer;
  }
}

/** "Desk 3 line 7 says": no quote is a part of another (line 1 is never a prefix of line 10's). */
function quoteOf(desk: string, line: number): string {
  return `${desk} line ${line} says`;
}

/** An article whose lines are the quotes its facts cite. */
function articleOf(
  articleId: string,
  desk: string,
  lines: number,
): CommandOfType<"RegisterArticle"> {
  return {
    type: "RegisterArticle",
    articleId,
    title: `${desk}: the station this week`,
    publisher: "Chaos Wire",
    publishedOn: "2024-02-29",
    text: Array.from(
      { length: lines },
      (_, line) => `${quoteOf(desk, line)} that the crew kept the station running.`,
    ).join(" "),
  };
}
