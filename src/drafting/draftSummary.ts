import type { Draft } from "./Draft";

/** What a draft holds, in a line: its sentences, mentions, dates and proposals by command. */
export function draftSummary(draft: Draft): string {
  const byCommand = new Map<string, number>();
  for (const fact of draft.facts) byCommand.set(fact.do, (byCommand.get(fact.do) ?? 0) + 1);
  return (
    `${draft.sentences.length} sentence(s), ${draft.known.length} mention(s) of known entities, ` +
    `${draft.dates.length} date(s); ${draft.facts.length} proposal(s): ` +
    [...byCommand].map(([command, n]) => `${n} ${command}`).join(", ")
  );
}
