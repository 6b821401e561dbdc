/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** asserted: the article says it; inferred: it only follows from what the article says. */
export type Certainty =
  /** The article says it. */
  | 'asserted'
  /** It follows from what the article says (a Japanese astronaut: JAXA); the source's note says why. */
  | 'inferred';

/**
 * How a claim stands: preferred (the fact's value), normal (kept beside it, not contradicted), or
 * deprecated (judged wrong, with a reason; still kept with its sources).
 */
export type ClaimRank =
  | 'deprecated'
  | 'normal'
  | 'preferred';

export type CorrectFactInput = {
  /** What to change: at least one field, each one the fact's kind takes. */
  changes: FactChangesInput;
  /** The fact: its id (zvezda, a relation's, incident's or statement's id) or its stream (entity-zvezda). */
  factId: string | number;
  /** Why it is corrected: at most 1000 characters. */
  reason: string;
  /** The article and sentence the correction rests on. */
  source: SourceInput;
};

/** What an entity is: the same as its type (Module for a module). */
export type EntityKind =
  /** A space agency or state space corporation (NASA, Roscosmos, ESA, JAXA). */
  | 'Agency'
  /** A component of a module or vehicle (a radiator, a thermal control system). */
  | 'Component'
  /** A country (Russia, Ukraine, Japan). */
  | 'Country'
  /** A station module (Zvezda, Nauka). */
  | 'Module'
  /** Any other organisation (a news agency). */
  | 'Organization'
  /** A person: crew member, official. */
  | 'Person'
  /** A place or region (Moscow, the West). */
  | 'Place'
  /** A segment of a station (the Russian segment). */
  | 'Segment'
  /** A space station (the International Space Station). */
  | 'Station'
  /** A spacecraft (a Soyuz crew capsule, a Progress supply ship). */
  | 'Vehicle';

/** New values for some fields of a fact. Which apply depends on the fact; null clears a validity bound. */
export type FactChangesInput = {
  /** What a statement is about, replacing the list: at most 100 ids. */
  about?: Array<string | number> | null | undefined;
  /** An incident's affected hardware, replacing the list: 1 to 100 ids. */
  affected?: Array<string | number> | null | undefined;
  /** An entity's new aliases, replacing them all: at most 50, each at most 200 characters. */
  aliases?: Array<string> | null | undefined;
  /** Who carried a statement, replacing the list: at most 100 ids. */
  carriedBy?: Array<string | number> | null | undefined;
  /** Any fact's new certainty: asserted or inferred. */
  certainty?: Certainty | null | undefined;
  /** An entity's or incident's new description: at most 2000 characters. */
  description?: string | null | undefined;
  /** An incident's new IncidentKind, or a statement's new StatementKind. */
  kind?: string | null | undefined;
  /** An entity's new name: at most 200 characters. */
  name?: string | null | undefined;
  /** An incident's or statement's new world time: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant. */
  occurredAt?: string | null | undefined;
  /** An incident's reporters, replacing the list: at most 100 ids. */
  reportedBy?: Array<string | number> | null | undefined;
  /** A relation's new role: at most 200 characters. */
  role?: string | null | undefined;
  /** A statement's named speakers, replacing the list: at most 100 ids. */
  speakers?: Array<string | number> | null | undefined;
  /** A statement's new text: at most 2000 characters. */
  text?: string | null | undefined;
  /** An incident's new title: at most 200 characters. */
  title?: string | null | undefined;
  /**
   * A relation's new start in the world: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant; null clears
   * it.
   */
  validFrom?: string | null | undefined;
  /**
   * A relation's new end in the world: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant; null clears
   * it.
   */
  validTo?: string | null | undefined;
};

/** Every relationship type between facts in the graph. */
export type GraphRelationType =
  /** What a statement is about: an entity, an incident or another statement. */
  | 'ABOUT'
  /** An incident affected a piece of hardware: what leaked or broke. */
  | 'AFFECTED'
  /** A statement or an incident is attributed to an actor without being said by a named one. */
  | 'ATTRIBUTED_TO'
  /** Whose a thing or an organisation is ("Russia's new Nauka", "State corporation Roscosmos"). */
  | 'BELONGS_TO'
  /** Who carried a statement (the Russian news agencies). */
  | 'CARRIED_BY'
  /** A person's nationality. */
  | 'CITIZEN_OF'
  /** Two parties cooperate (on the station). */
  | 'COOPERATES_WITH'
  /** A person is on the crew of a station or vehicle. */
  | 'CREW_OF'
  /** A vehicle docked (parked) at a station or module. */
  | 'DOCKED_AT'
  /** One incident came after, and is told in relation to, another. */
  | 'FOLLOWED'
  /** An incident and what was learnt about it later, one update each. */
  | 'HAS_UPDATE'
  /** Where a place or organisation is. */
  | 'LOCATED_IN'
  /** A person works for, or belongs to, an agency or organisation (role: "station project manager"). */
  | 'MEMBER_OF'
  /** One party's military actions in another ("Moscow's military actions in Ukraine"). */
  | 'MILITARY_ACTIONS_IN'
  /** Who runs a piece of hardware. */
  | 'OPERATES'
  /** Structure: a segment of a station, a module of a segment, a component of a module. */
  | 'PART_OF'
  /** An incident or an update was reported by an actor. */
  | 'REPORTED_BY'
  /** A statement's named speakers. */
  | 'SAID_BY';

/** What went wrong in an incident. */
export type IncidentKind =
  /** Air escaping from a pressurised module. */
  | 'AIR_LEAK'
  /** Coolant leaking from a vehicle or a module's radiator. */
  | 'COOLANT_LEAK'
  /** Something found faulty, without a leak. */
  | 'DEFECT'
  /** Anything else. */
  | 'OTHER';

/** What was learnt about an incident after it was reported. */
export type IncidentUpdateKind =
  /** Its cause was determined (the update's cause). */
  | 'CAUSE_DETERMINED'
  /** A leak grew. */
  | 'LEAK_INCREASED'
  /** The point of a leak was found. */
  | 'LEAK_POINT_FOUND'
  /** A repair was attempted. */
  | 'REPAIR_ATTEMPTED'
  /** Where it comes from was located. */
  | 'SOURCE_LOCATED'
  /** Its state was confirmed. */
  | 'STATUS_CONFIRMED';

/**
 * Every type of event the log holds; a command appends one or more of them. (Not EventType: the
 * name @neo4j/graphql keeps for its own change events.)
 */
export type LogEventType =
  /** Another name of an entity was recorded, with its source. */
  | 'AliasAdded'
  /** An article was registered: the source facts cite. */
  | 'ArticleRegistered'
  /** A claim was ranked: preferred, normal, or deprecated with a reason. */
  | 'ClaimRanked'
  /** A source gave a field of a fact a value: a claim, kept beside the others. */
  | 'ClaimRecorded'
  /** Two entities were linked by a relation. */
  | 'EntitiesLinked'
  /** An entity was merged into another it turned out to be; its id redirects there. */
  | 'EntityMerged'
  /** An entity (agency, person, module...) was registered. */
  | 'EntityRegistered'
  /** A merge was undone: the merged entity is itself again. */
  | 'EntityUnmerged'
  /** Fields of a fact were corrected. */
  | 'FactCorrected'
  /** Another source was found for a fact. */
  | 'FactCorroborated'
  /** A fact was withdrawn. */
  | 'FactRetracted'
  /** An incident was reported. */
  | 'IncidentReported'
  /** Something learnt about an incident later was recorded. */
  | 'IncidentUpdateRecorded'
  /** A figure was recorded: a value in a unit, when it held, what it measures. */
  | 'QuantityRecorded'
  /** A statement was recorded. */
  | 'StatementRecorded';

/** What a node of the graph is: an entity's kind, or Incident, IncidentUpdate, Statement. */
export type NodeKind =
  | 'Agency'
  | 'Component'
  | 'Country'
  | 'Incident'
  | 'IncidentUpdate'
  | 'Module'
  | 'Organization'
  | 'Person'
  | 'Place'
  | 'Segment'
  | 'Statement'
  | 'Station'
  | 'Vehicle';

/** How precise a world time is: 2020 is a year, 2020-08 a month, 2024-02-28 a day. */
export type Precision =
  | 'day'
  | 'instant'
  | 'month'
  | 'year';

export type RegisterEntityInput = {
  /**
   * Other names the article uses (ESA, Zvezda module): at most 50, each at most 200 characters, none
   * repeated or equal to the name.
   */
  aliases?: Array<string> | null | undefined;
  /** asserted (the default) or inferred: the source's note then says why it follows. */
  certainty?: Certainty | null | undefined;
  /** What the article says it is: at most 2000 characters. */
  description?: string | null | undefined;
  /**
   * Ids of existing entities whose name or alias this one's may be taken for, but that are others:
   * the duplicate check lets it through, and the graph records that they differ. At most 100.
   */
  distinctFrom?: Array<string | number> | null | undefined;
  /** A lower-case slug: zvezda, joel-montalbano. */
  entityId: string | number;
  /** What kind of entity it is (its label in the graph). */
  kind: EntityKind;
  /** The name the article uses, spelt as in it: at most 200 characters. */
  name: string;
  /** The article and sentence that state it. */
  source: SourceInput;
};

/** Where a search found its words. */
export type SearchField =
  /** Another name of an entity (ESA, ISS, Loral O'Hara). */
  | 'ALIAS'
  /** An entity's or incident's description. */
  | 'DESCRIPTION'
  /** An entity's name or an incident's title. */
  | 'NAME'
  /** A sentence of an article that a fact cites. */
  | 'QUOTE'
  /** What a statement says. */
  | 'TEXT';

/** Where a fact comes from: an article and a sentence of it (which must occur in its text). */
export type SourceInput = {
  /** The cited article's id: it must be registered (ingestArticle registers it first). */
  articleId: string | number;
  /** Why an inferred fact follows from the quote. */
  note?: string | null | undefined;
  /**
   * The sentence, or the part of it, that states the fact, as the article has it (runs of whitespace
   * may differ): at most 2000 characters.
   */
  quote: string;
};

/** What kind of statement: an assessment, an acknowledgement, a plan or a report. */
export type StatementKind =
  /** Admits a fact. */
  | 'ACKNOWLEDGEMENT'
  /** A judgement (no danger to the crew). */
  | 'ASSESSMENT'
  /** An intention. */
  | 'PLAN'
  /** Tells what happened. */
  | 'REPORT';

export type TimelineEntryKind =
  | 'INCIDENT'
  | 'STATEMENT'
  | 'UPDATE';

export type AgencyPageQueryVariables = Exact<{
  id: string | number;
}>;


export type AgencyPageQuery = { agencies: Array<{ id: string, name: string, aliases: Array<string>, description: string | null, members: Array<{ id: string, name: string }>, membersConnection: { edges: Array<{ properties: { certainty: Certainty, role: string | null, quotes: Array<string> }, node: { id: string, name: string } }> }, operates: Array<
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
    > }> };

export type EntitiesByNameQueryVariables = Exact<{
  names: Array<string> | string;
}>;


export type EntitiesByNameQuery = { entities: Array<
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string, partOf: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      > }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string, memberOf: Array<
        | { id: string, name: string }
        | Record<PropertyKey, never>
      > }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  > };

export type IncidentClaimsQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentClaimsQuery = { incidents: Array<{ id: string, occurredAt: string, occurredAtPrecision: Precision, claims: Array<{ id: string, field: string, value: string | null, precision: Precision | null, rank: ClaimRank, reason: string | null, sources: Array<string>, quotes: Array<string> }> }>, disputes: Array<{ factId: string, field: string, claims: Array<{ claimId: string, value: string | null, rank: ClaimRank, sources: Array<string>, quotes: Array<string> }> }> };

export type NodeRefFragment = { id: string, kind: NodeKind, label: string };

export type SearchHitRowFragment = { field: SearchField, matched: string, score: number, node: { id: string, kind: NodeKind, label: string } };

export type SubgraphRowsFragment = { nodes: Array<{ distance: number, node: { id: string, kind: NodeKind, label: string } }>, edges: Array<{ id: string, factId: string | null, type: GraphRelationType, from: string, to: string }> };

export type PathBetweenQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type PathBetweenQuery = { path: { nodes: Array<{ distance: number, node: { id: string, kind: NodeKind, label: string } }>, edges: Array<{ id: string, factId: string | null, type: GraphRelationType, from: string, to: string }> } | null };

export type NeighbourhoodOfQueryVariables = Exact<{
  id: string | number;
  depth: number;
}>;


export type NeighbourhoodOfQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ distance: number, node: { id: string, kind: NodeKind, label: string } }>, edges: Array<{ id: string, factId: string | null, type: GraphRelationType, from: string, to: string }> } | null };

export type SearchHitsQueryVariables = Exact<{
  phrase: string;
}>;


export type SearchHitsQuery = { search: Array<{ field: SearchField, matched: string, score: number, node: { id: string, kind: NodeKind, label: string } }> };

export type RelationVersionsQueryVariables = Exact<{
  from: string | number;
  type: GraphRelationType;
  asOfPosition?: number | null | undefined;
}>;


export type RelationVersionsQuery = { relations: Array<{ id: string, factId: string | null, type: GraphRelationType, role: string | null, knownSince: number, knownUntil: number | null, from: { id: string }, to: { id: string } }> };

export type CorrectRelationMutationVariables = Exact<{
  input: CorrectFactInput;
}>;


export type CorrectRelationMutation = { correctFact: { receipt: { positions: Array<number> } } };

export type LiveEventsSubscriptionVariables = Exact<{
  fromPosition?: number | null | undefined;
}>;


export type LiveEventsSubscription = { events: { id: string, position: number, stream: string, type: LogEventType } };

export type RegisterPlaceMutationVariables = Exact<{
  input: RegisterEntityInput;
}>;


export type RegisterPlaceMutation = { registerEntity: { receipt: { stream: string, positions: Array<number> } } };

export type PeoplePageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PeoplePageQuery = { peopleConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type SearchQueryVariables = Exact<{
  phrase: string;
  first: number;
}>;


export type SearchQuery = { search: Array<{ field: SearchField, matched: string, score: number, node: { id: string, kind: NodeKind, label: string } }> };

export type TimelineQueryVariables = Exact<{
  about?: string | number | null | undefined;
}>;


export type TimelineQuery = { timeline: { entries: Array<{ kind: TimelineEntryKind, factId: string, incidentId: string | null, incidentKind: IncidentKind | null, updateKind: IncidentUpdateKind | null, statementKind: StatementKind | null, summary: string, at: string | null, precision: Precision | null, orderIsCertain: boolean }>, undated: Array<{ kind: TimelineEntryKind, factId: string, summary: string }> } };

export const NodeRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<NodeRefFragment, unknown>;
export const SearchHitRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<SearchHitRowFragment, unknown>;
export const SubgraphRowsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphRows"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<SubgraphRowsFragment, unknown>;
export const AgencyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"node"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencyPageQuery, AgencyPageQueryVariables>;
export const EntitiesByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntitiesByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Module"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntitiesByNameQuery, EntitiesByNameQueryVariables>;
export const IncidentClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAtPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentClaimsQuery, IncidentClaimsQueryVariables>;
export const PathBetweenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathBetween"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubgraphRows"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphRows"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<PathBetweenQuery, PathBetweenQueryVariables>;
export const NeighbourhoodOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeighbourhoodOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubgraphRows"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphRows"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodOfQuery, NeighbourhoodOfQueryVariables>;
export const SearchHitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchHits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<SearchHitsQuery, SearchHitsQueryVariables>;
export const RelationVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphRelationType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOfPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOfPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOfPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"knownSince"}},{"kind":"Field","name":{"kind":"Name","value":"knownUntil"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RelationVersionsQuery, RelationVersionsQueryVariables>;
export const CorrectRelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectRelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectFactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctFact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectRelationMutation, CorrectRelationMutationVariables>;
export const LiveEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<LiveEventsSubscription, LiveEventsSubscriptionVariables>;
export const RegisterPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterEntityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPlaceMutation, RegisterPlaceMutationVariables>;
export const PeoplePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeoplePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PeoplePageQuery, PeoplePageQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"about"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"about"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentKind"}},{"kind":"Field","name":{"kind":"Name","value":"updateKind"}},{"kind":"Field","name":{"kind":"Name","value":"statementKind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"orderIsCertain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"undated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;