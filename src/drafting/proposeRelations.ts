import type { EntityKind } from "../domain/nodeKinds";
import { linkProposal, mentionsIn, quoteOf } from "./DraftContext";
import type { DraftContext, Mention, Proposal } from "./DraftContext";

const PARTS: EntityKind[] = ["Segment", "Module", "Component"];
const WHOLES: EntityKind[] = ["Station", "Segment", "Module", "Vehicle"];
const HARDWARE: EntityKind[] = ["Station", "Segment", "Module", "Vehicle", "Component"];

/**
 * Structure and ownership by the words between two names: "the Russian segment of the
 * International Space Station" (PART_OF), "Russia's new Nauka" (BELONGS_TO: a country's hardware,
 * at most two words between); not between two known entities.
 */
export function proposeRelations(context: DraftContext): Proposal[] {
  return context.sentences.flatMap((sentence) => {
    const mentions = mentionsIn(context, sentence);
    return mentions.flatMap((mention, index): Proposal[] => {
      const next = mentions[index + 1];
      // Between two known entities, the graph most likely holds the relation already.
      if (!next || next.entityId === mention.entityId || (mention.known && next.known)) return [];
      const between = context.text.slice(mention.end, next.start);
      if (
        PARTS.includes(mention.kind) &&
        WHOLES.includes(next.kind) &&
        /^ (module )?of the $/.test(between)
      )
        return [link(context, mention, next, "PART_OF", `"<part> of the <whole>"`)];
      if (
        mention.kind === "Country" &&
        HARDWARE.includes(next.kind) &&
        /^['\u2019]s( [a-z]+){0,2} $/.test(between)
      )
        return [link(context, next, mention, "BELONGS_TO", `"<country>'s <hardware>"`, mention)];
      return [];
    });
  });
}

function link(
  context: DraftContext,
  from: Mention,
  to: Mention,
  relation: string,
  reason: string,
  first: Mention = from,
): Proposal {
  const last = first === from ? to : from;
  const quote = quoteOf(context, { start: first.start, end: last.end });
  return linkProposal(relation, from.entityId, to.entityId, {}, { quote, reason });
}
