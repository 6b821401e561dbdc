import type { IncidentRecord } from "./factRecords";
import { capitalise } from "./grammar";
import type { Story } from "./Story";
import { firstDayOf, spokenTime, worldTime } from "./storyCalendar";

const PREFERRED_REASONS = [
  "The agency's own timeline gives this date.",
  "The flight log, published later, gives this date.",
];
const DEPRECATED_REASONS = [
  "The agency's timeline rules this date out.",
  "The report that gave it confused the incident with an earlier one.",
];

/**
 * A later article dates an earlier incident otherwise: its date is disputed (RecordClaim), the
 * new date now and then preferred with a reason; an incident already disputed has a date
 * deprecated with a reason (RankClaim), or another outlet gives a claimed date again
 * (CorroborateFact with its claimId). The world's first dispute does all three.
 */
export function claimStory(story: Story): boolean {
  const { world, random: r } = story;
  const disputed = r.chance(0.4) ? world.recentOne(world.disputed, 1) : undefined;
  const normal = disputed?.dateClaims.findIndex((claim) => claim.rank === "normal") ?? -1;
  if (disputed && normal >= 0 && disputed.article < story.articleIndex) {
    return r.chance(0.5)
      ? deprecate(story, disputed, normal)
      : corroborate(story, disputed, normal);
  }
  // Only incidents this story stated: a desk disputes none of the corpus's or another desk's.
  const incident = world.earlierOf("incident", story.articleIndex);
  if (!incident) return false;
  const value = disputedDate(story, incident);
  if (!value) return false;
  const first = world.claims++ === 0;
  const preferred = first || r.chance(0.3);
  const reason = preferred ? r.pick(PREFERRED_REASONS) : undefined;
  const outlet = world.recentOne(world.ofKind("Organization"), 1)?.name ?? "Another report";
  story.state(
    "claim",
    preferred
      ? `${capitalise(incident.label)} began ${spokenTime(value)}, not ${spokenTime(incident.occurredAt)} as first reported`
      : `${outlet} dated ${incident.label} to ${spokenTime(value).replace(/^on |^in /, "")}`,
    (source) => ({
      type: "RecordClaim",
      factId: incident.factId,
      field: "occurredAt",
      value,
      preferred: preferred || undefined,
      reason,
      source,
    }),
  );
  if (preferred) incident.dated(value, "normal");
  else incident.disputed(value);
  if (!world.disputed.includes(incident)) {
    world.disputed.push(incident);
    if (world.disputed.length > 256) world.disputed.shift();
  }
  if (first) {
    const earlier = incident.dateClaims.findIndex((claim) => claim.rank === "normal");
    const claimed = incident.dateClaims.length - 1;
    story.soon(
      () => deprecate(story, incident, earlier),
      () => corroborate(story, incident, claimed),
    );
  }
  return true;
}

/** A date the incident's claims do not give yet: more precise, or a few days earlier. */
function disputedDate(story: Story, incident: IncidentRecord): string | undefined {
  const r = story.random;
  const taken = new Set([incident.occurredAt, ...incident.dateClaims.map((c) => c.value)]);
  const first = firstDayOf(incident.occurredAt);
  const latest = Math.min(story.day, incident.firstUpdateDay);
  for (let attempt = 0; attempt < 4; attempt++) {
    const value =
      incident.occurredAt.length < 10
        ? worldTime(first + r.int(0, Math.max(0, Math.min(latest - first, 27))))
        : worldTime(first - r.int(1, 5));
    if (!taken.has(value)) return value;
  }
  return undefined;
}

function deprecate(story: Story, incident: IncidentRecord, index: number): boolean {
  const claim = incident.dateClaims[index];
  if (!incident.alive || claim?.rank !== "normal") return false;
  claim.rank = "deprecated";
  story.state(
    "claim",
    `Officials said ${incident.label} did not begin ${spokenTime(claim.value)}`,
    (source) => ({
      type: "RankClaim",
      factId: incident.factId,
      claimId: `occurredAt-${index + 1}`,
      rank: "deprecated",
      reason: story.random.pick(DEPRECATED_REASONS),
      source,
    }),
  );
  return true;
}

function corroborate(story: Story, incident: IncidentRecord, index: number): boolean {
  const claim = incident.dateClaims[index];
  const { world, writer } = story;
  if (!incident.alive || !claim || writer.corroborated.has(incident.factId)) return false;
  writer.corroborated.add(incident.factId);
  const outlet = world.recentOne(world.ofKind("Organization"), 1)?.name ?? writer.publisher.name;
  story.state(
    "corroboration",
    `${outlet} also gave ${spokenTime(claim.value).replace(/^on |^in /, "")} as the date of ${incident.label}`,
    (source) => ({
      type: "CorroborateFact",
      factId: incident.factId,
      claimId: `occurredAt-${index + 1}`,
      source,
    }),
  );
  return true;
}
