import type { Story } from "./Story";
import { summaryOf } from "./summaryOf";

const RETRACTION_REASONS = [
  "The earlier report misread an agency briefing.",
  "The agency said the earlier report was mistaken.",
  "The original source withdrew the claim.",
  "The earlier report confused two different events.",
];

/**
 * The publisher withdraws an earlier report: a relation or statement, now and then an incident,
 * an entity only if it is one the world can do without (staff, components, invented places).
 */
export function retractionStory(story: Story): boolean {
  const { world, random: r } = story;
  for (let attempt = 0; attempt < 8; attempt++) {
    const fact = world.earlierFact(story.articleIndex);
    if (!fact) return false;
    const retractable =
      fact.category === "relation"
        ? fact.retractable
        : fact.category === "statement"
          ? true
          : fact.category === "incident"
            ? r.chance(0.1)
            : fact.retractable && r.chance(0.3);
    if (!retractable) continue;
    const summary = summaryOf(fact, story.relations);
    fact.retracted = true;
    if (fact.category === "incident" && fact.module) fact.module.incidents--;
    if (
      fact.category === "relation" &&
      fact.type === "MEMBER_OF" &&
      fact.to.category === "entity"
    ) {
      fact.to.members--;
    }
    story.state(
      "retraction",
      `${story.writer.publisher.short} withdrew an earlier report that ${summary}`,
      (source) => ({
        type: "RetractFact",
        factId: fact.factId,
        reason: r.pick(RETRACTION_REASONS),
        source,
      }),
    );
    return true;
  }
  return false;
}
