import type { Command } from "../../src/catalogue/commands";
import type { CommandHandler } from "../../src/commands/CommandHandler";
import { DomainError } from "../../src/domain/DomainError";
import { Refusals } from "../../tools/stories/refusals";
import { SeededRandom } from "../../tools/stories/SeededRandom";
import { worldStory } from "../../tools/stories/worldStory";

/** Facts per article: small articles, so that later ones correct and retract earlier ones soon. */
const FACTS_PER_ARTICLE = 20;
/** The chance, per fact of an article, of a refused command after it. */
const REFUSED_SHARE = 0.08;

/**
 * `count` commands of the story generator's world (tools/stories: every command and every
 * event, corrections and retractions of earlier facts), each article followed now and then by
 * commands the domain refuses (relations between kinds their type does not join, unknown ids,
 * retracted facts, an entity registered twice): many accepted, some refused, in order.
 * The same seed gives the same commands, so a failing run can be replayed by its seed.
 */
export function randomCommands(count: number, seed: number): Command[] {
  // A plan that does not depend on the count (up to 20,000 commands): fewer commands of the same
  // seed are the first ones of more.
  const articles = Math.max(1000, Math.ceil(count / FACTS_PER_ARTICLE));
  const driver = worldStory({
    seed,
    plan: { articles, factsPerArticle: FACTS_PER_ARTICLE, lastArticleFacts: FACTS_PER_ARTICLE },
  });
  const random = new SeededRandom(seed, 1);
  const refusals = new Refusals(driver.story, random);
  const commands: Command[] = [];
  for (const { article, facts } of driver.articles()) {
    commands.push(article);
    for (const { command } of facts) commands.push(command);
    for (const { command } of facts) {
      if (random.chance(REFUSED_SHARE) && "source" in command) {
        commands.push(refusals.next(command.source));
      }
    }
    if (commands.length >= count) break;
  }
  return commands.slice(0, count);
}

/**
 * Runs `commands` through `handler` from `clients` clients at once (client c sends commands c,
 * c + clients, …, each after the last one's answer), counting those the domain accepted and
 * refused. Any other error fails the run.
 */
export async function executeAll(
  handler: Pick<CommandHandler, "execute">,
  commands: readonly Command[],
  clients = 1,
): Promise<{ accepted: number; refused: number }> {
  const counts = { accepted: 0, refused: 0 };
  const client = async (first: number) => {
    for (let i = first; i < commands.length; i += clients) {
      try {
        await handler.execute({ command: commands[i]! });
        counts.accepted += 1;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        counts.refused += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  return counts;
}
