import type { Command } from "../../../src/catalogue/commands";
import { RELATION_TYPE_NAMES } from "../../../src/domain/relationTypes";
import { DOMAIN_RELATIONS } from "../../../tools/stories/relationDeclarations";
import { RELATION_STORIES } from "../../../tools/stories/relationStories";
import { relationStoriesFor } from "../../../tools/stories/relationStory";
import { syntheticCorpus } from "../../../tools/stories/syntheticCorpus";

function commandsOf(corpus: ReturnType<typeof syntheticCorpus>): Command[] {
  const commands: Command[] = [];
  for (const bundle of corpus.articles()) {
    commands.push(bundle.article, ...bundle.facts.map((f) => f.command));
  }
  return commands;
}

describe("the relation stories", () => {
  it("take the relation types from the domain's declaration, each told by a story of its own", () => {
    expect(Object.keys(DOMAIN_RELATIONS)).toEqual(RELATION_TYPE_NAMES);
    const stories = relationStoriesFor(DOMAIN_RELATIONS).map(([story]) => story);
    // PART_OF and DOCKED_AT are told with the station's hardware and the dockings.
    expect(stories.map((s) => s.type).sort()).toEqual(
      RELATION_TYPE_NAMES.filter((t) => t !== "PART_OF" && t !== "DOCKED_AT").sort(),
    );
    expect(stories.every((s) => RELATION_STORIES.includes(s))).toBe(true);
  });

  it("tell a relation type added to the declaration, between the kinds it joins, with its phrase", () => {
    const relations = {
      ...DOMAIN_RELATIONS,
      ORBITS: { from: ["Vehicle"], to: ["Station", "Country"], phrase: "orbits" },
    };
    const commands = commandsOf(syntheticCorpus({ seed: 3, events: 20_000, relations }));
    const kinds = new Map(
      commands.flatMap((c) => (c.type === "RegisterEntity" ? [[c.entityId, c.kind]] : [])),
    );
    const orbits = commands.flatMap((c) =>
      c.type === "LinkEntities" && (c.relation as string) === "ORBITS" ? [c] : [],
    );
    expect(orbits.length).toBeGreaterThanOrEqual(3);
    for (const link of orbits) {
      expect(kinds.get(link.from)).toBe("Vehicle");
      expect(["Station", "Country"]).toContain(kinds.get(link.to));
      expect(link.source.quote).toContain(" orbits ");
    }
    // The types the domain declares are all still told.
    const told = new Set(commands.flatMap((c) => (c.type === "LinkEntities" ? [c.relation] : [])));
    expect([...told].sort()).toEqual([...RELATION_TYPE_NAMES, "ORBITS"].sort());
  });
});
