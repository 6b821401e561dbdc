import { SeededRandom } from "../../../tools/stories/SeededRandom";
import { CATALOGUE } from "../../../src/catalogue/commands";
import { InMemoryFacts } from "../../../src/catalogue/InMemoryFacts";
import { operationOf, type ClientStep } from "../../../test/chaos/chaosOperations";
import { WriterStory } from "../../../test/chaos/WriterStory";

/** Executes a step in memory, through the deciders, as the API would. */
function execute(facts: InMemoryFacts, step: ClientStep): void {
  if (step.kind === "command") facts.execute(step.command);
  else
    for (const command of [step.article, ...step.facts.map((f) => f.command)])
      facts.execute(command);
}

describe("the chaos run's writer stories", () => {
  it("are accepted by the domain in any interleaving of the clients, under unique command ids", () => {
    const clients = 6;
    const steps = 250;
    const stories = Array.from({ length: clients }, (_, c) => new WriterStory(c, 3));
    const left = stories.map(() => steps);
    const random = new SeededRandom(11);
    const facts = new InMemoryFacts();
    const seen = new Map<string, number>();
    const commandIds = new Set<string>();
    for (let done = 0; done < clients * steps; done++) {
      const client = random.pick(left.flatMap((n, c) => (n > 0 ? [c] : [])));
      left[client]!--;
      const step = stories[client]!.next();
      expect(() => execute(facts, step)).not.toThrow();
      const name = step.kind === "command" ? step.command.type : "IngestArticle";
      seen.set(name, (seen.get(name) ?? 0) + 1);
      for (const id of operationOf(step).commandIds) {
        expect(commandIds.has(id)).toBe(false);
        commandIds.add(id);
      }
    }
    // UnmergeEntities is too rare to come in 6 x 250 steps (the corpus and random commands have it).
    const commandTypes = CATALOGUE.commands.map((c) => c.type);
    expect([...seen.keys()].sort()).toEqual(
      [...commandTypes.filter((type) => type !== "UnmergeEntities"), "IngestArticle"].sort(),
    );
  });

  it("are the same for the same seed, and another for another", () => {
    const steps = (seed: number) => {
      const story = new WriterStory(2, seed);
      return Array.from({ length: 50 }, () => operationOf(story.next()));
    };
    expect(steps(5)).toEqual(steps(5));
    expect(steps(5)).not.toEqual(steps(6));
  });
});
