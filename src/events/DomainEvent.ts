import type { Certainty, EntityKind, NodeKind } from "../domain/nodeKinds";
import type { RelationType } from "../domain/relationTypes";
import type { Source } from "../domain/source";
import type { Validity, WorldTime } from "../domain/WorldTime";
import type { IncidentKind, IncidentUpdateKind, StatementKind } from "../domain/vocabulary";

/**
 * The events of the log: past tense, tagged by `type`, plain data only. Every change of the
 * graph is one of these; a correction or a retraction is a new event, never an edit.
 * Bump SCHEMA_VERSIONS[type] when an event's data changes shape, and teach the reader both.
 */

/** Every fact event cites its source; only an article's registration has none (it is the source). */
interface FactEvent {
  source: Source;
}

/** A reference to a node, with the kind it had when the event was decided. */
export interface NodeRef {
  id: string;
  kind: NodeKind;
}

export interface ArticleRegistered {
  type: "ArticleRegistered";
  data: {
    articleId: string;
    title: string;
    publisher: string;
    publishedOn: string;
    url?: string | undefined;
    dateline?: string | undefined;
    text: string;
    textSha256: string;
  };
}

export interface EntityRegistered extends FactEvent {
  type: "EntityRegistered";
  data: {
    entityId: string;
    kind: EntityKind;
    name: string;
    aliases: string[];
    description?: string | undefined;
    certainty: Certainty;
  };
}

export interface EntitiesLinked extends FactEvent {
  type: "EntitiesLinked";
  data: {
    relationId: string;
    relation: RelationType;
    from: NodeRef;
    to: NodeRef;
    validity: Validity;
    role?: string | undefined;
    certainty: Certainty;
  };
}

export interface IncidentReported extends FactEvent {
  type: "IncidentReported";
  data: {
    incidentId: string;
    kind: IncidentKind;
    title: string;
    description?: string | undefined;
    occurredAt: WorldTime;
    affected: NodeRef[];
    reportedBy: NodeRef[];
    certainty: Certainty;
  };
}

export interface IncidentUpdateRecorded extends FactEvent {
  type: "IncidentUpdateRecorded";
  data: {
    incidentId: string;
    updateId: string;
    kind: IncidentUpdateKind;
    description: string;
    occurredAt?: WorldTime | undefined;
    cause?: string | undefined;
    ruledOut?: string | undefined;
    likelihood?: string | undefined;
    reportedBy: NodeRef[];
    certainty: Certainty;
  };
}

export interface StatementRecorded extends FactEvent {
  type: "StatementRecorded";
  data: {
    statementId: string;
    kind: StatementKind;
    text: string;
    speakers: NodeRef[];
    speakerDescription?: string | undefined;
    occurredAt?: WorldTime | undefined;
    about: NodeRef[];
    carriedBy: NodeRef[];
    certainty: Certainty;
  };
}

/**
 * A relation fact as a corroboration, correction or retraction names it: its type and its ends,
 * copied from the relation's state when the event is decided, so that whoever applies the event
 * (the projection) finds the relationship without reading the log back. Absent for other facts.
 * Schema version 1 of these events lacked it; the event store upgrades them as it reads them.
 */
export interface RelationTarget {
  type: RelationType;
  from: NodeRef;
  to: NodeRef;
}

/** Another source says the same fact. */
export interface FactCorroborated extends FactEvent {
  type: "FactCorroborated";
  data: { factId: string; relation?: RelationTarget | undefined };
}

/** New values for some fields of a fact; the old ones stay in the log. */
export interface FactCorrected extends FactEvent {
  type: "FactCorrected";
  data: {
    factId: string;
    relation?: RelationTarget | undefined;
    changes: FactChanges;
    reason: string;
  };
}

/** The fact is withdrawn from the current graph; its history stays. */
export interface FactRetracted extends FactEvent {
  type: "FactRetracted";
  data: { factId: string; relation?: RelationTarget | undefined; reason: string };
}

/** Correctable fields, each already validated and resolved (kinds of referenced nodes included). */
export interface FactChanges {
  name?: string;
  aliases?: string[];
  description?: string;
  title?: string;
  text?: string;
  kind?: string;
  occurredAt?: WorldTime;
  validity?: Validity;
  role?: string;
  certainty?: Certainty;
  affected?: NodeRef[];
  reportedBy?: NodeRef[];
  speakers?: NodeRef[];
  about?: NodeRef[];
  carriedBy?: NodeRef[];
}

export type DomainEvent =
  | ArticleRegistered
  | EntityRegistered
  | EntitiesLinked
  | IncidentReported
  | IncidentUpdateRecorded
  | StatementRecorded
  | FactCorroborated
  | FactCorrected
  | FactRetracted;

export type DomainEventType = DomainEvent["type"];

export const SCHEMA_VERSIONS: Record<DomainEventType, number> = {
  ArticleRegistered: 1,
  EntityRegistered: 1,
  EntitiesLinked: 1,
  IncidentReported: 1,
  IncidentUpdateRecorded: 1,
  StatementRecorded: 1,
  // 2: data.relation names a relation fact's type and ends.
  FactCorroborated: 2,
  FactCorrected: 2,
  FactRetracted: 2,
};

/** Lifecycle events whose schema version 1 lacks data.relation. */
export const RELATION_TARGET_SINCE = 2;
