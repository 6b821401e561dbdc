import { createHash } from "node:crypto";
import { syntheticCorpus, type SyntheticCorpus } from "../../../tools/stories/syntheticCorpus";
import { DomainError } from "../../../src/domain/DomainError";
import { InMemoryFacts } from "../../../src/catalogue/InMemoryFacts";
import { RELATION_TYPE_NAMES } from "../../../src/domain/relationTypes";
import {
  INCIDENT_KINDS,
  INCIDENT_UPDATE_KINDS,
  STATEMENT_KINDS,
} from "../../../src/domain/vocabulary";
import {
  CATALOGUE,
  type Command,
  type DomainEvent,
  type DomainEventType,
  type EventOfType,
} from "../../../src/catalogue/commands";
import { loadSeedArticles } from "../../../src/seed/seedFolder";

const EVENTS = 10_000;
const CLIENTS = 4;
const SINGLE_COMMANDS = 250;

function sha256OfBundles(corpus: SyntheticCorpus): string {
  const hash = createHash("sha256");
  for (const bundle of corpus.articles()) hash.update(JSON.stringify(bundle));
  return hash.digest("hex");
}

function executeAll(
  facts: InMemoryFacts,
  commands: readonly Command[],
  label: string,
): DomainEvent[] {
  const events: DomainEvent[] = [];
  commands.forEach((command, index) => {
    try {
      events.push(...facts.execute(command));
    } catch (error) {
      throw error instanceof DomainError ? error.within(`${label}[${index}]`) : error;
    }
  });
  return events;
}

describe("the synthetic benchmark corpus", () => {
  it("is the same for the same seed and options, and differs for another seed", () => {
    const first = sha256OfBundles(syntheticCorpus({ seed: 1, events: EVENTS }));
    expect(sha256OfBundles(syntheticCorpus({ seed: 1, events: EVENTS }))).toBe(first);
    expect(sha256OfBundles(syntheticCorpus({ seed: 2, events: EVENTS }))).not.toBe(first);
  });

  it("stops at exactly the target number of events, whatever the article size", () => {
    for (const [events, factsPerArticle] of [
      [1_234, 50],
      [1_000, 999],
      [501, 500],
    ] as const) {
      const corpus = syntheticCorpus({ seed: 5, events, factsPerArticle });
      const facts = new InMemoryFacts();
      let count = 0;
      for (const bundle of corpus.articles()) {
        count += executeAll(
          facts,
          [bundle.article, ...bundle.facts.map((f) => f.command)],
          bundle.article.articleId,
        ).length;
      }
      expect(count).toBe(events);
    }
  });

  it("refuses options it cannot honour, and has no probes before its articles are generated", () => {
    expect(() => syntheticCorpus({ seed: 1, events: 0 })).toThrow(RangeError);
    expect(() => syntheticCorpus({ seed: 1, events: 10, factsPerArticle: 5000 })).toThrow(
      RangeError,
    );
    expect(() => syntheticCorpus({ seed: 1, events: 10 }).probes()).toThrow(/fully iterated/);
  });

  describe(`of ${EVENTS} events, ingested in memory`, () => {
    const corpus = syntheticCorpus({ seed: 20240229, events: EVENTS });
    const facts = new InMemoryFacts();
    /** Each accepted command's stream and events, to give a second store the same history. */
    const history: [string, DomainEvent[]][] = [];
    const events: DomainEvent[] = [];
    const quotes: string[] = [];
    const articleIds: string[] = [];
    const commands: Command[] = [];

    beforeAll(() => {
      for (const bundle of corpus.articles()) {
        articleIds.push(bundle.article.articleId);
        for (const [index, command] of [
          bundle.article,
          ...bundle.facts.map((f) => f.command),
        ].entries()) {
          const label =
            index === 0
              ? bundle.article.articleId
              : `${bundle.article.articleId}/${bundle.facts[index - 1]!.factId}`;
          let accepted: DomainEvent[];
          try {
            accepted = facts.execute(command);
          } catch (error) {
            throw error instanceof DomainError ? error.within(label) : error;
          }
          history.push([CATALOGUE.streamOf(command), accepted]);
          events.push(...accepted);
          commands.push(command);
          if (command.type !== "RegisterArticle") quotes.push(command.source.quote);
        }
      }
    });

    it("is accepted by the domain, command after command, with the target number of events", () => {
      expect(Math.abs(events.length - EVENTS) / EVENTS).toBeLessThan(0.03);
      expect(events.length).toBe(EVENTS);
    });

    it("has unique article ids, entity names, and fact ids within each article", () => {
      expect(new Set(articleIds).size).toBe(articleIds.length);
      const names = commands.flatMap((c) => (c.type === "RegisterEntity" ? [c.name] : []));
      expect(new Set(names).size).toBe(names.length);
      for (const bundle of corpus.articles()) {
        const ids = bundle.facts.map((f) => f.factId);
        expect(new Set(ids).size).toBe(ids.length);
      }
    });

    it("has every event type, relation type, incident, update and statement kind", () => {
      const seen = (values: string[]) => [...new Set(values)].sort();
      const seenIn = <T extends DomainEventType>(type: T, read: (e: EventOfType<T>) => string) =>
        seen(events.filter((e): e is EventOfType<T> => e.type === type).map(read));
      expect(seen(events.map((e) => e.type))).toEqual(CATALOGUE.events.map((e) => e.type).sort());
      expect(seenIn("EntitiesLinked", (e) => e.data.relation)).toEqual(
        [...RELATION_TYPE_NAMES].sort(),
      );
      expect(seenIn("IncidentReported", (e) => e.data.kind)).toEqual([...INCIDENT_KINDS].sort());
      expect(seenIn("IncidentUpdateRecorded", (e) => e.data.kind)).toEqual(
        [...INCIDENT_UPDATE_KINDS].sort(),
      );
      expect(seenIn("StatementRecorded", (e) => e.data.kind)).toEqual([...STATEMENT_KINDS].sort());
    });

    it("has roughly the mix of a real corpus, by events", () => {
      const share = (type: DomainEvent["type"]) =>
        events.filter((e) => e.type === type).length / events.length;
      expect(share("EntityRegistered")).toBeCloseTo(0.3, 1);
      expect(share("EntitiesLinked")).toBeCloseTo(0.35, 1);
      expect(share("FactCorroborated")).toBeGreaterThan(0.03);
      expect(share("FactCorrected")).toBeGreaterThan(0.02);
      expect(share("FactRetracted")).toBeGreaterThan(0.005);
      // Disputed dates, other names, merges and figures: a few in a hundred events.
      const knowledge = (
        [
          "ClaimRecorded",
          "ClaimRanked",
          "AliasAdded",
          "EntityMerged",
          "EntityUnmerged",
          "QuantityRecorded",
        ] as const
      ).reduce((sum, type) => sum + share(type), 0);
      expect(knowledge).toBeGreaterThan(0.02);
      expect(knowledge).toBeLessThan(0.06);
      expect(share("QuantityRecorded")).toBeGreaterThan(0.005);
    });

    it("shares no id with the seed article, so both can be ingested into one log", () => {
      const idsOf = (all: readonly Command[]) => new Set(all.map((c) => CATALOGUE.streamOf(c)));
      const seed = idsOf(
        loadSeedArticles().flatMap((b) => [b.article, ...b.facts.map((f) => f.command)]),
      );
      const overlap = [...idsOf(commands)].filter((stream) => seed.has(stream));
      expect(overlap).toEqual([]);
    });

    it("has probes that are current at the end and make meaningful reads", () => {
      const probes = corpus.probes();
      const nodes = facts.context().nodes;
      const current = (id: string, kind: string) =>
        expect(nodes.get(id)).toEqual({ kind, retracted: false });
      current(probes.stationId, "Station");
      current(probes.agencyId, "Agency");
      current(probes.moduleId, "Module");
      current(probes.personId, "Person");
      expect(facts.state(`entity-${probes.personId}`)).toMatchObject({
        data: { name: probes.personName },
      });

      const activeLinks = (relation: string, from: string) =>
        history
          .flatMap(([, accepted]) => accepted)
          .filter(
            (e) =>
              e.type === "EntitiesLinked" &&
              e.data.relation === relation &&
              e.data.from.id === from,
          )
          .map((e) => (e as Extract<DomainEvent, { type: "EntitiesLinked" }>).data)
          .filter((link) => facts.state(`relation-${link.relationId}`).status === "active");
      // The module's PART_OF chain up to the station, and the person on the station's crew.
      const segment = activeLinks("PART_OF", probes.moduleId)[0]!.to.id;
      expect(activeLinks("PART_OF", segment).map((l) => l.to.id)).toContain(probes.stationId);
      expect(activeLinks("CREW_OF", probes.personId).map((l) => l.to.id)).toContain(
        probes.stationId,
      );

      const incidents = events.filter(
        (e) =>
          e.type === "IncidentReported" && e.data.affected.some((a) => a.id === probes.moduleId),
      );
      expect(incidents.length).toBeGreaterThan(50);
      const members = events.filter(
        (e) =>
          e.type === "EntitiesLinked" &&
          e.data.relation === "MEMBER_OF" &&
          e.data.to.id === probes.agencyId,
      );
      expect(members.length).toBeGreaterThan(50);
      expect(quotes.filter((q) => q.includes(probes.searchPhrase)).length).toBeGreaterThan(100);

      // The events before the middle article: 10 articles of 501 events.
      expect(probes.midPosition).toBe(10 * 501);
    });

    it("gives each client single commands accepted in any interleaving of the clients", () => {
      const perClient = Array.from({ length: CLIENTS }, (_, client) =>
        corpus.singleCommands(client, SINGLE_COMMANDS),
      );
      for (const commandsOfClient of perClient)
        expect(commandsOfClient).toHaveLength(SINGLE_COMMANDS);
      expect(corpus.singleCommands(1, SINGLE_COMMANDS)).toEqual(perClient[1]);

      // Round robin, one command of each client in turn.
      const roundRobin = Array.from({ length: SINGLE_COMMANDS }, (_, i) =>
        perClient.map((c) => c[i]!),
      ).flat();
      executeAll(facts, roundRobin, "round robin");

      // Another store with the same corpus: the last client first, in runs of uneven length.
      const other = new InMemoryFacts();
      for (const [stream, accepted] of history) other.given(stream, ...accepted);
      const cursors = perClient.map(() => 0);
      const uneven: Command[] = [];
      for (let turn = 0; uneven.length < CLIENTS * SINGLE_COMMANDS; turn++) {
        const client = CLIENTS - 1 - (turn % CLIENTS);
        const run = 1 + ((turn * 7) % 13);
        uneven.push(...perClient[client]!.slice(cursors[client], cursors[client]! + run));
        cursors[client] = Math.min(SINGLE_COMMANDS, cursors[client]! + run);
      }
      executeAll(other, uneven, "uneven runs");
      const kinds = new Set(perClient.flat().map((c) => c.type));
      // Every command of the catalogue, UnmergeEntities included.
      expect([...kinds].sort()).toEqual(CATALOGUE.commands.map((c) => c.type).sort());
    });
  });
});
