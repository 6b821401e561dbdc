import { CATALOGUE, type DomainEvent } from "../../../src/catalogue/commands";
import { InMemoryFacts } from "../../../src/catalogue/InMemoryFacts";
import { DomainError } from "../../../src/domain/DomainError";
import { randomCommands } from "../../support/randomCommands";

describe("the random commands of the projection and backup tests", () => {
  it("are the first ones of more commands of the same seed, and others for another seed", () => {
    const more = randomCommands(300, 7);
    for (const count of [1, 2, 21, 299])
      expect(randomCommands(count, 7)).toEqual(more.slice(0, count));
    expect(randomCommands(300, 8)).not.toEqual(more);
  });

  it("are accepted in order but for a few the domain refuses, with every event type", () => {
    const facts = new InMemoryFacts();
    const events: DomainEvent[] = [];
    let refused = 0;
    for (const command of randomCommands(1000, 20240229)) {
      try {
        events.push(...facts.execute(command));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(20);
    expect(refused).toBeLessThan(150);
    expect([...new Set(events.map((e) => e.type))].sort()).toEqual(
      CATALOGUE.events.map((e) => e.type).sort(),
    );
  });
});
