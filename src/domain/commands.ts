import type { Certainty } from "./nodeKinds";
import type { Source } from "./source";

/**
 * Commands: what a caller asks for, in the imperative, as received (strings not yet parsed).
 * The deciders validate them; a refused command appends nothing.
 */

export interface RegisterArticle {
  type: "RegisterArticle";
  articleId: string;
  title: string;
  publisher: string;
  /** YYYY-MM-DD */
  publishedOn: string;
  url?: string | undefined;
  dateline?: string | undefined;
  text: string;
}

/** Shared by every command that states a fact: where it comes from, and how sure it is. */
interface FactCommand {
  source: Source;
  /** Defaults to "asserted". */
  certainty?: Certainty | undefined;
}

export interface RegisterEntity extends FactCommand {
  type: "RegisterEntity";
  entityId: string;
  kind: string;
  name: string;
  aliases?: string[] | undefined;
  description?: string | undefined;
}

export interface LinkEntities extends FactCommand {
  type: "LinkEntities";
  /** Defaults to "<from>-<relation>-<to>" in lower case (e.g. "joel-montalbano-member-of-nasa"). */
  relationId?: string | undefined;
  relation: string;
  from: string;
  to: string;
  validFrom?: string | undefined;
  validTo?: string | undefined;
  role?: string | undefined;
}

export interface ReportIncident extends FactCommand {
  type: "ReportIncident";
  incidentId: string;
  kind: string;
  title: string;
  description?: string | undefined;
  occurredAt: string;
  affected?: string[] | undefined;
  reportedBy?: string[] | undefined;
}

export interface RecordIncidentUpdate extends FactCommand {
  type: "RecordIncidentUpdate";
  incidentId: string;
  updateId: string;
  kind: string;
  description: string;
  occurredAt?: string | undefined;
  cause?: string | undefined;
  ruledOut?: string | undefined;
  likelihood?: string | undefined;
  reportedBy?: string[] | undefined;
}

export interface RecordStatement extends FactCommand {
  type: "RecordStatement";
  statementId: string;
  kind: string;
  text: string;
  speakers?: string[] | undefined;
  speakerDescription?: string | undefined;
  occurredAt?: string | undefined;
  about?: string[] | undefined;
  carriedBy?: string[] | undefined;
}

export interface CorroborateFact {
  type: "CorroborateFact";
  factId: string;
  source: Source;
}

/** Fields a correction may set; which apply depends on the fact (see factLifecycle). */
export interface FactChangesInput {
  name?: string | undefined;
  aliases?: string[] | undefined;
  description?: string | undefined;
  title?: string | undefined;
  text?: string | undefined;
  kind?: string | undefined;
  occurredAt?: string | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
  role?: string | undefined;
  certainty?: Certainty | undefined;
  affected?: string[] | undefined;
  reportedBy?: string[] | undefined;
  speakers?: string[] | undefined;
  about?: string[] | undefined;
  carriedBy?: string[] | undefined;
}

export interface CorrectFact {
  type: "CorrectFact";
  factId: string;
  changes: FactChangesInput;
  reason: string;
  source: Source;
}

export interface RetractFact {
  type: "RetractFact";
  factId: string;
  reason: string;
  source: Source;
}

export type Command =
  | RegisterArticle
  | RegisterEntity
  | LinkEntities
  | ReportIncident
  | RecordIncidentUpdate
  | RecordStatement
  | CorroborateFact
  | CorrectFact
  | RetractFact;

export type CommandType = Command["type"];

/** Commands that state or change a fact (everything but registering an article). */
export type FactCommandUnion = Exclude<Command, RegisterArticle>;
