import { registerArticle } from "./article/registerArticle";
import { Catalogue } from "./Catalogue";
import type { CommandOf, EventOf } from "./CommandDefinition";
import { registerEntity } from "./entity/registerEntity";
import { recordIncidentUpdate } from "./incident/recordIncidentUpdate";
import { reportIncident } from "./incident/reportIncident";
import { correctFact } from "./lifecycle/correctFact";
import { corroborateFact } from "./lifecycle/corroborateFact";
import { retractFact } from "./lifecycle/retractFact";
import { linkEntities } from "./relation/linkEntities";
import { recordStatement } from "./statement/recordStatement";

/**
 * Every command of the service, each declared once in the module of its fact category (with its
 * events). Adding a command is a module and a line here; docs/architecture.md walks through it.
 */
export const COMMANDS = [
  registerArticle,
  registerEntity,
  linkEntities,
  reportIncident,
  recordIncidentUpdate,
  recordStatement,
  corroborateFact,
  correctFact,
  retractFact,
] as const;

export const CATALOGUE = new Catalogue<(typeof COMMANDS)[number]>(COMMANDS);

/** A command as a caller sends it. */
export type Command = CommandOf<(typeof COMMANDS)[number]>;
export type CommandType = Command["type"];
/** The command of one type (`CommandOfType<"ReportIncident">`). */
export type CommandOfType<T extends CommandType> = Extract<Command, { type: T }>;
/** Commands that state or change a fact, citing a source (everything but registering an article). */
export type FactCommand = Exclude<Command, { type: "RegisterArticle" }>;

/** The events of the log: past tense, tagged by `type`, plain data only. */
export type DomainEvent = EventOf<(typeof COMMANDS)[number]>;
export type DomainEventType = DomainEvent["type"];
export type EventOfType<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
