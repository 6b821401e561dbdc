import type { Story } from "./Story";
import { summaryOf } from "./summaryOf";

/** A later article (or a news organisation it quotes) says again what an earlier one said. */
export function corroborationStory(story: Story): boolean {
  const { world, writer } = story;
  for (let attempt = 0; attempt < 8; attempt++) {
    const fact = world.earlierFact(story.articleIndex) ?? world.sharedFact();
    if (!fact) return false;
    // One corroboration per fact and article.
    if (writer.corroborated.has(fact.factId)) continue;
    writer.corroborated.add(fact.factId);
    const outlet = world.recentOne(world.ofKind("Organization"), 1)?.name ?? writer.publisher.name;
    const summary = summaryOf(fact, story.relations);
    story.state(
      "corroboration",
      story.random.pick([
        `${outlet} also reported that ${summary}`,
        `Separately, ${outlet} confirmed that ${summary}`,
        `As ${outlet} reported before, ${summary}`,
      ]),
      (source) => ({ type: "CorroborateFact", factId: fact.factId, source }),
    );
    return true;
  }
  return false;
}
