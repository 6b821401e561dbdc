import type { Certainty, EntityKind } from "../domain/nodeKinds";
import type { NodeRef } from "../domain/NodeRef";
import type { RelationType } from "../domain/relationTypes";
import type { Validity, WorldTime } from "../domain/WorldTime";
import type { IncidentKind, IncidentUpdateKind, StatementKind } from "../domain/vocabulary";

/**
 * What each kind of fact is, as its events carry it and its stream's state keeps it: plain data,
 * already validated (ids resolved to nodes of known kinds, world times parsed).
 */

export type { NodeRef };

export interface ArticleData {
  articleId: string;
  title: string;
  publisher: string;
  publishedOn: string;
  url?: string | undefined;
  dateline?: string | undefined;
  text: string;
  textSha256: string;
}

export interface EntityData {
  entityId: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description?: string | undefined;
  certainty: Certainty;
}

export interface RelationData {
  relationId: string;
  relation: RelationType;
  from: NodeRef;
  to: NodeRef;
  validity: Validity;
  role?: string | undefined;
  certainty: Certainty;
}

export interface IncidentData {
  incidentId: string;
  kind: IncidentKind;
  title: string;
  description?: string | undefined;
  occurredAt: WorldTime;
  affected: NodeRef[];
  reportedBy: NodeRef[];
  certainty: Certainty;
}

export interface IncidentUpdateData {
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
}

export interface StatementData {
  statementId: string;
  kind: StatementKind;
  text: string;
  speakers: NodeRef[];
  speakerDescription?: string | undefined;
  occurredAt?: WorldTime | undefined;
  about: NodeRef[];
  carriedBy: NodeRef[];
  certainty: Certainty;
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
