import type { EntityRecord, IncidentRecord } from "./factRecords";
import { StatementRecord } from "./factRecords";
import { capitalise } from "./grammar";
import { slug } from "./slug";
import type { Story } from "./Story";
import { spokenTime, worldTime } from "./storyCalendar";
import { STATEMENT_CLAUSES } from "./storyWords";
import { STATEMENT_KINDS } from "../../src/domain/vocabulary";

/**
 * Someone speaks about an open incident or a module: a named person of an agency, or "space
 * officials" attributed to their agency; a news organisation may carry the remarks.
 */
export function statementStory(story: Story): boolean {
  const { world, random: r } = story;
  const incident = r.chance(0.6) ? world.openIncident() : undefined;
  const module = incident?.module ?? world.hub(world.ofKind("Module"), 2);
  if (!module) return false;
  const unseen = [...world.unseenStatementKinds][0];
  const kind = unseen ?? r.pick(STATEMENT_KINDS);
  world.unseenStatementKinds.delete(kind);
  const target = incident?.target ?? module;
  const clause = r.pick(STATEMENT_CLAUSES[kind]).replace("{target}", target.name);
  const person = r.chance(0.7) ? world.recentOne(world.speakers, 1.5) : undefined;
  const agency = person?.agency ?? module.agency ?? world.hub(world.ofKind("Agency"));
  if (!agency) return false;
  const description = person
    ? undefined
    : `${agency.country?.short ?? agency.short} space officials`;
  const speaker = person ? `${agency.short} ${person.role} ${person.name}` : description!;
  const about: (EntityRecord | IncidentRecord)[] = incident
    ? r.chance(0.3) && incident.module
      ? [incident, incident.module]
      : [incident]
    : [module];
  const carrier = r.chance(0.5) ? world.recentOne(world.ofKind("Organization"), 1) : undefined;
  const occurredAt = worldTime(story.day - r.int(0, 1));
  const serial = ++world.statementSerial;
  const id = story.id(`${slug(agency.short ?? "officials")}-statement-${serial}`);
  const statement = new StatementRecord(id, kind, speaker, clause, about, story.articleIndex);
  story.state(
    "statement",
    `${speaker} said ${spokenTime(occurredAt)} that ${clause}${carrier ? `, ${carrier.name} reported` : ""}`,
    (source) => ({
      type: "RecordStatement",
      statementId: id,
      kind,
      text: `${capitalise(clause)}.`,
      speakers: person ? [person.id] : undefined,
      speakerDescription: description,
      occurredAt,
      about: about.map((a) => a.id),
      carriedBy: carrier ? [carrier.id] : undefined,
      source,
    }),
  );
  world.remember(statement);
  if (description && r.chance(0.8)) {
    story.soon(
      () =>
        !!story.link(
          "ATTRIBUTED_TO",
          statement,
          agency,
          (_s, a) => `The remarks of ${description} ${spokenTime(occurredAt)} came from ${a.label}`,
          {
            certainty: "inferred",
            note: `The article quotes ${description}; ${agency.short} is the agency they speak for.`,
          },
        ),
    );
  }
  return true;
}
