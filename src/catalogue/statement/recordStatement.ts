import { z } from "zod";
import { invalid } from "../../domain/DomainError";
import { STATEMENT_LINKS } from "../../domain/relationTypes";
import type { Source } from "../../domain/source";
import { streamId } from "../../domain/streams";
import { COMMAND_CAPS, resolveNodes } from "../../domain/validate";
import { STATEMENT_KINDS } from "../../domain/vocabulary";
import { linkProvenance } from "../../projection/factProperties";
import { factNodeRow, linksFrom, newFactProjection } from "../../projection/graphWrites";
import { defineCommand } from "../CommandDefinition";
import { requireNewFact } from "../newFact";
import { sourcedEvent } from "../sourcedEvent";
import type { StatementData } from "../facts";
import { stated } from "../FactState";
import {
  certainty,
  newId,
  oneOf,
  optionalText,
  optionalWorldTime,
  references,
  source,
  text,
} from "../fields";

/** A statement is recorded: who said what (named, or described), when, about what. */
export interface StatementRecorded {
  type: "StatementRecorded";
  data: StatementData;
  source: Source;
}

const ids = (description: string) => references(description, COMMAND_CAPS.linkedIds).optional();

/** Records a statement: who said what, when, about what. */
export const recordStatement = defineCommand({
  type: "RecordStatement",
  summary: "Records a statement",
  description: "Records a statement: who said what, when, about what.",
  inputDescription: "The statement and its source.",
  input: z.strictObject({
    statementId: newId(
      "A lower-case slug of at most 120 characters: roscosmos-no-threat. Its stream is statement-<id>.",
    ),
    kind: oneOf(STATEMENT_KINDS, "StatementKind", "What kind of statement it is."),
    text: text(
      "What was said: the article's words, or a close paraphrase of them; at most 2000 characters.",
      2000,
    ),
    speakers: ids(
      "Ids of its named speakers (agencies, people, organisations or countries): at most 100. Without\nany, speakerDescription is required.",
    ),
    speakerDescription: optionalText(
      'The speaker in the article\'s words when none is named ("Russian space officials"): at most 200\ncharacters.',
      200,
    ),
    occurredAt: optionalWorldTime(
      "When it was said. World time: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant.",
    ),
    about: ids("Ids of what it is about (entities, incidents, statements): at most 100."),
    carriedBy: ids("Ids of the agencies or organisations that carried it: at most 100."),
    certainty,
    source: source(),
  }),
  stream: (command) => streamId("statement", command.statementId),
  references: (command) => [
    command.statementId,
    ...(command.speakers ?? []),
    ...(command.about ?? []),
    ...(command.carriedBy ?? []),
  ],
  decide(command, state, ctx): StatementRecorded[] {
    const { statementId } = command;
    requireNewFact("statementId", statementId, state, ctx);
    const speakers = resolveNodes("speakers", command.speakers, STATEMENT_LINKS.SAID_BY, ctx);
    if (speakers.length === 0 && command.speakerDescription === undefined) {
      throw invalid(
        "speakers",
        "a statement needs a speaker, or a speakerDescription when none is named",
      );
    }
    const data = {
      statementId,
      kind: command.kind,
      text: command.text,
      speakers,
      speakerDescription: command.speakerDescription,
      occurredAt: command.occurredAt,
      about: resolveNodes("about", command.about, STATEMENT_LINKS.ABOUT, ctx),
      carriedBy: resolveNodes("carriedBy", command.carriedBy, STATEMENT_LINKS.CARRIED_BY, ctx),
      certainty: command.certainty,
    };
    return [sourcedEvent<StatementRecorded>("StatementRecorded", command, ctx, data)];
  },
  events: {
    StatementRecorded: {
      type: "StatementRecorded",
      description: "A statement was recorded.",
      schemaVersion: 1,
      evolve: (_state, event) => stated({ category: "statement", data: event.data }, event.source),
      occurredAt: (event) => event.data.occurredAt,
      // Who SAID it, what it is ABOUT, who CARRIED it, its citation (the nodes before the links:
      // a statement may be about another of the same batch).
      projection: newFactProjection<StatementRecorded>({
        creates: "Statement",
        needs: ["Article", "Entity", "Incident"],
        node: ({ record, event: { data: d } }) => {
          const properties = {
            kind: d.kind,
            text: d.text,
            speakerDescription: d.speakerDescription ?? null,
            certainty: d.certainty,
          };
          return factNodeRow(record, d.statementId, properties, d.occurredAt);
        },
        links: ({ record, event: { data: d } }) => {
          const from = { id: d.statementId };
          const properties = linkProvenance(record, d.certainty);
          return [
            ...linksFrom(from, "SAID_BY", d.speakers, properties),
            ...linksFrom(from, "ABOUT", d.about, properties),
            ...linksFrom(from, "CARRIED_BY", d.carriedBy, properties),
          ];
        },
      }),
    },
  },
  payload: {
    type: "RecordStatementPayload",
    fact: {
      field: "statement",
      type: "Statement",
      description: "The statement as now projected.",
      read: "statements",
    },
  },
});
