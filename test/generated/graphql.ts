/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddAliasInput = {
  /** The other name, as the article spells it: at most 200 characters. */
  alias: string;
  /** asserted (the default) or inferred: the source's note then says why it follows. */
  certainty?: Certainty | null | undefined;
  /** Ids of entities this name may be taken for that are others (see registerEntity). At most 100. */
  distinctFrom?: Array<string | number> | null | undefined;
  /** The entity's id. */
  entityId: string | number;
  /** The article and sentence that use the name. */
  source: SourceInput;
};

/** One fact of an article being ingested: exactly one of the commands, with a stable factId. */
export type ArticleFactInput = {
  /** Adds an alias, as addAlias does. */
  addAlias?: AddAliasInput | null | undefined;
  /** Corrects a fact, as correctFact does. */
  correctFact?: CorrectFactInput | null | undefined;
  /** Adds a source to a fact, as corroborateFact does. */
  corroborateFact?: CorroborateFactInput | null | undefined;
  /** Stable within the article: ingesting the same fact again appends nothing. */
  factId: string | number;
  /** Links two nodes, as linkEntities does. */
  linkEntities?: LinkEntitiesInput | null | undefined;
  /** Merges two entities, as mergeEntities does. */
  mergeEntities?: MergeEntitiesInput | null | undefined;
  /** Ranks a claim, as rankClaim does. */
  rankClaim?: RankClaimInput | null | undefined;
  /** Records a claim, as recordClaim does. */
  recordClaim?: RecordClaimInput | null | undefined;
  /** Records an incident's update, as recordIncidentUpdate does. */
  recordIncidentUpdate?: RecordIncidentUpdateInput | null | undefined;
  /** Records a quantity, as recordQuantity does. */
  recordQuantity?: RecordQuantityInput | null | undefined;
  /** Records a statement, as recordStatement does. */
  recordStatement?: RecordStatementInput | null | undefined;
  /** Registers an entity, as registerEntity does. */
  registerEntity?: RegisterEntityInput | null | undefined;
  /** Reports an incident, as reportIncident does. */
  reportIncident?: ReportIncidentInput | null | undefined;
  /** Retracts a fact, as retractFact does. */
  retractFact?: RetractFactInput | null | undefined;
  /** Undoes a merge, as unmergeEntities does. */
  unmergeEntities?: UnmergeEntitiesInput | null | undefined;
};

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

export type CorroborateFactInput = {
  /**
   * One of the fact's claims (occurredAt-2, as its claims list them): the source says that value of
   * the field, not the whole fact.
   */
  claimId?: string | null | undefined;
  /** The fact: its id (zvezda, a relation's, incident's or statement's id) or its stream (entity-zvezda). */
  factId: string | number;
  /** Another source stating the fact: not a quote it already cites. A fact cites at most 100. */
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

export type IngestArticleInput = {
  /** The article, registered first; ingesting it again must give the same article. */
  article: RegisterArticleInput;
  /** Every fact must cite this article. */
  facts: Array<ArticleFactInput>;
};

export type LinkEntitiesInput = {
  /** asserted (the default) or inferred: the source's note then says why it follows. */
  certainty?: Certainty | null | undefined;
  /**
   * The id of the node it starts from: an entity, or an incident or statement for FOLLOWED and
   * ATTRIBUTED_TO.
   */
  from: string | number;
  /** The relation's type; which kinds of node it may join is checked (docs/graph-model.md). */
  relation: RelationType;
  /** Defaults to <from>-<relation>-<to> (joel-montalbano-member-of-nasa). */
  relationId?: string | number | null | undefined;
  /** The role it gives its start (astronaut, station project manager): at most 200 characters. */
  role?: string | null | undefined;
  /** The article and sentence that state it. */
  source: SourceInput;
  /** The id of the node it points to: not the node it starts from. */
  to: string | number;
  /** World time: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant. */
  validFrom?: string | null | undefined;
  /**
   * Until when it held in the world: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant; not before
   * validFrom. Left out: unknown or ongoing.
   */
  validTo?: string | null | undefined;
};

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

export type MergeEntitiesInput = {
  /** The entity merged away: its id becomes a redirect. */
  entityId: string | number;
  /** The entity it is merged into (the survivor), of the same kind. */
  into: string | number;
  /** Why they are one: at most 1000 characters. */
  reason: string;
  /** The article and sentence that show they are one. */
  source: SourceInput;
};

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

export type RankClaimInput = {
  /** The claim: occurredAt-2, as the fact's claims list it. */
  claimId: string;
  /** The fact: its id (zvezda, a relation's, incident's or statement's id) or its stream (entity-zvezda). */
  factId: string | number;
  /** preferred, normal or deprecated. */
  rank: ClaimRank;
  /** Why: required to deprecate a claim or prefer one; at most 1000 characters. */
  reason?: string | null | undefined;
  /** The article and sentence the ranking rests on. */
  source: SourceInput;
};

export type RecordClaimInput = {
  /** The fact: its id (zvezda, a relation's, incident's or statement's id) or its stream (entity-zvezda). */
  factId: string | number;
  /**
   * The field: an incident's occurredAt, kind, title or description; a statement's occurredAt, kind or
   * text; an entity's name or description; a relation's validFrom, validTo or role.
   */
  field: string;
  /**
   * True: it becomes the fact's value (the preferred claim before it becomes normal); a reason is
   * then required. Left out: a normal claim, beside the preferred one.
   */
  preferred?: boolean | null | undefined;
  /** Why it is preferred: at most 1000 characters. */
  reason?: string | null | undefined;
  /** The article and sentence that give the value. */
  source: SourceInput;
  /**
   * The value the source gives it, written as the field is (a world time: YYYY, YYYY-MM, YYYY-MM-DD
   * or an ISO 8601 instant).
   */
  value: string;
};

export type RecordIncidentUpdateInput = {
  /**
   * The cause found (impacts by small meteoroids): required for CAUSE_DETERMINED; at most 500
   * characters.
   */
  cause?: string | null | undefined;
  /** asserted (the default) or inferred: the source's note then says why it follows. */
  certainty?: Certainty | null | undefined;
  /** What was learnt: at most 1000 characters. */
  description: string;
  /** The id of the incident it updates (zvezda-air-leak, not its stream). */
  incidentId: string | number;
  /** What was learnt; CAUSE_DETERMINED needs a cause. */
  kind: IncidentUpdateKind;
  /** How sure the finding is, in the source's words (likely, believed): at most 100 characters. */
  likelihood?: string | null | undefined;
  /**
   * When it happened. World time: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant; not before its
   * incident.
   */
  occurredAt?: string | null | undefined;
  /** Ids of those who reported it (agencies, people, organisations or countries): at most 100. */
  reportedBy?: Array<string | number> | null | undefined;
  /** What the finding ruled out (manufacturing defects): at most 500 characters. */
  ruledOut?: string | null | undefined;
  /** The article and sentence that state it. */
  source: SourceInput;
  /** A lower-case slug of at most 120 characters, unique within the incident: cause-determined. */
  updateId: string | number;
};

export type RecordQuantityInput = {
  /** asserted (the default) or inferred: the source's note then says why it follows. */
  certainty?: Certainty | null | undefined;
  /** The least it may be (more than 2: 2). */
  lowerBound?: number | null | undefined;
  /** What is measured, in a few words (air leak rate): at most 200 characters. */
  measure: string;
  /** When it held. World time: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant. */
  occurredAt?: string | null | undefined;
  /** The id of what it measures: an entity, an incident or a statement. */
  of: string | number;
  /**
   * A lower-case slug of at most 120 characters: zvezda-leak-rate-2024-04. Its stream is
   * quantity-<id>.
   */
  quantityId: string | number;
  /** The article and sentence that state it. */
  source: SourceInput;
  /**
   * Its UCUM code: kg/d, [lb_av]/d, mm[Hg], a (years), {person} for a count of people. At most 100
   * characters.
   */
  unit: string;
  /** The most it may be ("nearly 20 years": 20). */
  upperBound?: number | null | undefined;
  /** The figure, when the source gives one (1.7); or bounds, or both. */
  value?: number | null | undefined;
};

export type RecordStatementInput = {
  /** Ids of what it is about (entities, incidents, statements): at most 100. */
  about?: Array<string | number> | null | undefined;
  /** Ids of the agencies or organisations that carried it: at most 100. */
  carriedBy?: Array<string | number> | null | undefined;
  /** asserted (the default) or inferred: the source's note then says why it follows. */
  certainty?: Certainty | null | undefined;
  /** What kind of statement it is. */
  kind: StatementKind;
  /** When it was said. World time: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant. */
  occurredAt?: string | null | undefined;
  /** The article and sentence that state it. */
  source: SourceInput;
  /**
   * The speaker in the article's words when none is named ("Russian space officials"): at most 200
   * characters.
   */
  speakerDescription?: string | null | undefined;
  /**
   * Ids of its named speakers (agencies, people, organisations or countries): at most 100. Without
   * any, speakerDescription is required.
   */
  speakers?: Array<string | number> | null | undefined;
  /** A lower-case slug of at most 120 characters: roscosmos-no-threat. Its stream is statement-<id>. */
  statementId: string | number;
  /** What was said: the article's words, or a close paraphrase of them; at most 2000 characters. */
  text: string;
};

export type RegisterArticleInput = {
  /** A lower-case slug, at most 120 characters: iss-leaks-ap-2024-02-29 (stream article-<id>). */
  articleId: string | number;
  /** The place its dateline names (MOSCOW): at most 200 characters. */
  dateline?: string | null | undefined;
  /** YYYY-MM-DD */
  publishedOn: string;
  /** Who published it (The Associated Press): at most 200 characters. */
  publisher: string;
  /** The full text, kept byte for byte: every quote must occur in it. At most 200,000 characters. */
  text: string;
  /** Its headline: at most 500 characters. */
  title: string;
  /** Where it was published: an absolute URL, at most 2000 characters. */
  url?: string | null | undefined;
};

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

/** Relation types that commands can link (LinkEntities). */
export type RelationType =
  /** A statement or an incident is attributed to an actor without being said by a named one. */
  | 'ATTRIBUTED_TO'
  /** Whose a thing or an organisation is ("Russia's new Nauka", "State corporation Roscosmos"). */
  | 'BELONGS_TO'
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
  /** Where a place or organisation is. */
  | 'LOCATED_IN'
  /** A person works for, or belongs to, an agency or organisation (role: "station project manager"). */
  | 'MEMBER_OF'
  /** One party's military actions in another ("Moscow's military actions in Ukraine"). */
  | 'MILITARY_ACTIONS_IN'
  /** Who runs a piece of hardware. */
  | 'OPERATES'
  /** Structure: a segment of a station, a module of a segment, a component of a module. */
  | 'PART_OF';

export type ReportIncidentInput = {
  /** Ids of the hardware it affected (stations, segments, modules, vehicles, components): 1 to 100. */
  affected: Array<string | number>;
  /** asserted (the default) or inferred: the source's note then says why it follows. */
  certainty?: Certainty | null | undefined;
  /** What happened: at most 2000 characters. */
  description?: string | null | undefined;
  /** A lower-case slug of at most 120 characters: zvezda-air-leak. Its stream is incident-<id>. */
  incidentId: string | number;
  /** What went wrong. */
  kind: IncidentKind;
  /** World time: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant. */
  occurredAt: string;
  /** Ids of those who reported it (agencies, people, organisations or countries): at most 100. */
  reportedBy?: Array<string | number> | null | undefined;
  /** The article and sentence that state it. */
  source: SourceInput;
  /** A short title: at most 200 characters. */
  title: string;
};

export type RetractFactInput = {
  /** The fact: its id (zvezda, a relation's, incident's or statement's id) or its stream (entity-zvezda). */
  factId: string | number;
  /** Why it is withdrawn: at most 1000 characters. */
  reason: string;
  /** The article and sentence the retraction rests on. */
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

/** How search reads its phrase. */
export type SearchSyntax =
  /** Lucene query syntax, for those who want it: fields, wildcards, boolean operators, ~ and ^. */
  | 'LUCENE'
  /**
   * What a person types in a search box: words, whatever their punctuation, each required; the
   * last also as the start of a word (search as you type). Nothing in it is an operator.
   */
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

/** What a dry run suggests. */
export type SuggestionKind =
  /** The article's text names an entity the graph knows, and no entry refers to it. */
  | 'MENTIONED_ENTITY'
  /** An entry's quote is one a recorded fact of the same article already cites: if it states that fact, corroborate it instead. */
  | 'QUOTE_ALREADY_CITED'
  /** An entry states what a recorded fact states (all but its id and certainty): corroborate that fact instead. */
  | 'REPEATED_FACT';

export type TimelineEntryKind =
  | 'INCIDENT'
  | 'STATEMENT'
  | 'UPDATE';

export type UnmergeEntitiesInput = {
  /** The entity that was merged away. */
  entityId: string | number;
  /** Why they are two: at most 1000 characters. */
  reason: string;
  /** The article and sentence that show they are two. */
  source: SourceInput;
};

export type CrewByAgencyQueryVariables = Exact<{ [key: string]: never; }>;


export type CrewByAgencyQuery = { stations: Array<{ id: string, kind: EntityKind, name: string, crew: Array<{ id: string, kind: EntityKind, name: string, memberOfConnection: { edges: Array<{ properties: { certainty: Certainty, role: string | null, quotes: Array<string> }, node:
            | { __typename: 'Agency', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
           }> } }> }> };

export type IncidentTimelineQueryVariables = Exact<{ [key: string]: never; }>;


export type IncidentTimelineQuery = { timeline: { entries: Array<{ kind: TimelineEntryKind, at: string | null, precision: Precision | null, orderIsCertain: boolean, incidentKind: IncidentKind | null, updateKind: IncidentUpdateKind | null, statementKind: StatementKind | null, summary: string, incidentId: string | null, certainty: Certainty, quotes: Array<string> }>, undated: Array<{ kind: TimelineEntryKind, factId: string, summary: string }> } };

export type PathFromCrewMemberToModuleQueryVariables = Exact<{ [key: string]: never; }>;


export type PathFromCrewMemberToModuleQuery = { path: { nodes: Array<{ distance: number, node: { id: string, kind: NodeKind, label: string } }>, edges: Array<{ id: string, factId: string | null, type: GraphRelationType, from: string, to: string, certainty: Certainty | null, quotes: Array<string> }> } | null };

export type KnownAtADateQueryVariables = Exact<{ [key: string]: never; }>;


export type KnownAtADateQuery = { timelineConnection: { edges: Array<{ node: { kind: TimelineEntryKind, at: string | null, precision: Precision | null, summary: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, relationsConnection: { edges: Array<{ node: { validFrom: string | null, validTo: string | null, quotes: Array<string>, from: { id: string, label: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ModuleNeighbourhoodQueryVariables = Exact<{ [key: string]: never; }>;


export type ModuleNeighbourhoodQuery = { neighbourhood: { nodes: Array<{ distance: number, node: { id: string, kind: NodeKind, label: string } }>, edges: Array<{ id: string, factId: string | null, type: GraphRelationType, from: string, to: string, certainty: Certainty | null, validFrom: string | null, validFromPrecision: Precision | null, knownUntil: number | null, quotes: Array<string> }> } | null };

export type CausesAndSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type CausesAndSourcesQuery = { incidents: Array<{ id: string, title: string, occurredAt: string, occurredAtPrecision: Precision, affected: Array<
      | { __typename: 'Component', id: string, name: string }
      | { __typename: 'Module', id: string, name: string }
      | { __typename: 'Segment' }
      | { __typename: 'Station' }
      | { __typename: 'Vehicle', id: string, name: string }
    >, updates: Array<{ cause: string | null, ruledOut: string | null, likelihood: string | null, quotes: Array<string> }> }>, sources: Array<{ eventType: LogEventType, articleTitle: string, publisher: string, quote: string }> };

export type SearchAndHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchAndHistoryQuery = { searchConnection: { totalCount: number, edges: Array<{ field: SearchField, matched: string, score: number, node: { id: string, kind: NodeKind, label: string } }> }, modules: Array<{ id: string, name: string, historyConnection: { totalCount: number, edges: Array<{ node: { position: number, type: LogEventType, recordedAt: string, sourceQuote: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }>, eventLog: Array<{ position: number, stream: string, type: LogEventType }> };

export type AddASourceToAFactMutationVariables = Exact<{ [key: string]: never; }>;


export type AddASourceToAFactMutation = { corroborateFact: { receipt: { commandId: string, factId: string, stream: string, positions: Array<number>, eventTypes: Array<string>, replayed: boolean } } };

export type FollowTheLogSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FollowTheLogSubscription = { events: { position: number, type: LogEventType, stream: string } };

export type RegisterEntityMutationVariables = Exact<{
  input: RegisterEntityInput;
  commandId?: string | number | null | undefined;
  expectedRevision?: number | null | undefined;
}>;


export type RegisterEntityMutation = { registerEntity: { receipt: { commandId: string, factId: string, stream: string, streamRevision: number, positions: Array<number>, eventTypes: Array<string>, replayed: boolean }, entity:
      | { id: string, kind: EntityKind, name: string, certainty: Certainty, quotes: Array<string>, knownSince: number }
      | { id: string, kind: EntityKind, name: string, certainty: Certainty, quotes: Array<string>, knownSince: number }
      | { id: string, kind: EntityKind, name: string, certainty: Certainty, quotes: Array<string>, knownSince: number }
      | { id: string, kind: EntityKind, name: string, certainty: Certainty, quotes: Array<string>, knownSince: number }
      | { id: string, kind: EntityKind, name: string, certainty: Certainty, quotes: Array<string>, knownSince: number }
      | { id: string, kind: EntityKind, name: string, certainty: Certainty, quotes: Array<string>, knownSince: number, memberOf: Array<
          | { id: string }
          | Record<PropertyKey, never>
        > }
      | { id: string, kind: EntityKind, name: string, certainty: Certainty, quotes: Array<string>, knownSince: number }
      | { id: string, kind: EntityKind, name: string, certainty: Certainty, quotes: Array<string>, knownSince: number }
      | { id: string, kind: EntityKind, name: string, certainty: Certainty, quotes: Array<string>, knownSince: number }
      | { id: string, kind: EntityKind, name: string, certainty: Certainty, quotes: Array<string>, knownSince: number }
     | null } };

export type LinkEntitiesMutationVariables = Exact<{
  input: LinkEntitiesInput;
  commandId?: string | number | null | undefined;
}>;


export type LinkEntitiesMutation = { linkEntities: { receipt: { stream: string, positions: Array<number> }, relation: { id: string, factId: string | null, type: GraphRelationType, role: string | null, validFrom: string | null, validFromPrecision: Precision | null, quotes: Array<string>, from: { id: string }, to: { id: string } } | null } };

export type ReportIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportIncidentMutation = { reportIncident: { receipt: { stream: string, positions: Array<number> }, incident: { id: string, occurredAt: string, occurredAtPrecision: Precision, affected: Array<
        | { __typename: 'Component' }
        | { __typename: 'Module', id: string }
        | { __typename: 'Segment' }
        | { __typename: 'Station' }
        | { __typename: 'Vehicle' }
      > } | null } };

export type RecordStatementMutationVariables = Exact<{
  input: RecordStatementInput;
}>;


export type RecordStatementMutation = { recordStatement: { receipt: { stream: string, positions: Array<number> }, statement: { id: string, text: string, saidBy: Array<
        | { id: string }
        | Record<PropertyKey, never>
      > } | null } };

export type CorrectFactMutationVariables = Exact<{
  input: CorrectFactInput;
  expectedRevision?: number | null | undefined;
}>;


export type CorrectFactMutation = { correctFact: { factId: string, receipt: { stream: string, streamRevision: number, positions: Array<number>, eventTypes: Array<string> } } };

export type RetractFactMutationVariables = Exact<{
  input: RetractFactInput;
}>;


export type RetractFactMutation = { retractFact: { factId: string, receipt: { positions: Array<number>, eventTypes: Array<string> } } };

export type IngestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestArticleMutation = { ingestArticle: { articleId: string, appendedEvents: number, replayedCommands: number, receipts: Array<{ stream: string, replayed: boolean }>, article: { id: string, title: string, mentions: Array<
        | { __typename: 'Agency' }
        | { __typename: 'Component' }
        | { __typename: 'Country' }
        | { __typename: 'Incident' }
        | { __typename: 'IncidentUpdate' }
        | { __typename: 'Module' }
        | { __typename: 'Organization' }
        | { __typename: 'Person', id: string }
        | { __typename: 'Place' }
        | { __typename: 'Segment' }
        | { __typename: 'Statement' }
        | { __typename: 'Station' }
        | { __typename: 'Vehicle' }
      > } | null } };

export type EntityByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityByIdQuery = { entities: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  > };

export type RetractedFactsQueryVariables = Exact<{ [key: string]: never; }>;


export type RetractedFactsQuery = { retractedFacts: Array<{ id: string, kind: string, retractedReason: string, knownSince: number, knownUntil: number }> };

export type NewEventsSubscriptionVariables = Exact<{
  fromPosition?: number | null | undefined;
  types?: Array<LogEventType> | LogEventType | null | undefined;
}>;


export type NewEventsSubscription = { events: { position: number, stream: string, type: LogEventType, sourceQuote: string | null } };

export type EntityPageQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPageQuery = { entity:
    | { __typename: 'Agency', id: string, name: string, aliases: Array<string>, members: Array<{ id: string, name: string, incidents: Array<{ id: string, title: string }> }> }
    | { __typename: 'Component', id: string, name: string, aliases: Array<string> }
    | { __typename: 'Country', id: string, name: string, aliases: Array<string> }
    | { __typename: 'Module', id: string, name: string, aliases: Array<string>, incidentsIncludingParts: Array<{ id: string }> }
    | { __typename: 'Organization', id: string, name: string, aliases: Array<string> }
    | { __typename: 'Person', id: string, name: string, aliases: Array<string>, incidents: Array<{ id: string, occurredAt: string }> }
    | { __typename: 'Place', id: string, name: string, aliases: Array<string> }
    | { __typename: 'Segment', id: string, name: string, aliases: Array<string>, incidentsIncludingParts: Array<{ id: string }> }
    | { __typename: 'Station', id: string, name: string, aliases: Array<string>, incidentsIncludingParts: Array<{ id: string }> }
    | { __typename: 'Vehicle', id: string, name: string, aliases: Array<string> }
   | null };

export type PersonIncidentsOnQueryVariables = Exact<{
  id: string | number;
  validOn?: string | null | undefined;
}>;


export type PersonIncidentsOnQuery = { people: Array<{ incidents: Array<{ id: string }> }> };

export type LookUpQueryVariables = Exact<{
  id: string | number;
}>;


export type LookUpQuery = { entity:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, incident: { id: string, title: string } | null, statement: { id: string, speakers: Array<
      | { __typename: 'Agency', id: string }
      | { __typename: 'Country', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
    > } | null, article: { id: string, title: string } | null, neighbourhood: { truncated: boolean } | null, path: { truncated: boolean } | null };

export type SearchBoxQueryVariables = Exact<{
  phrase: string;
  fuzzy?: boolean;
  syntax?: SearchSyntax;
}>;


export type SearchBoxQuery = { search: Array<SearchHitSummaryFragment> };

export type SearchHitSummaryFragment = { field: SearchField, matched: string, score: number, node: { id: string, kind: NodeKind, label: string } };

export type FactHistoryQueryVariables = Exact<{
  factId: string;
}>;


export type FactHistoryQuery = { history: Array<{ position: number, stream: string, type: LogEventType }>, sources: Array<{ eventId: string, position: number }> };

export type EdgeFactsQueryVariables = Exact<{
  id: string | number;
}>;


export type EdgeFactsQuery = { neighbourhood: { edges: Array<{ id: string, factId: string | null, type: GraphRelationType, from: string, to: string }> } | null };

export type ExplorerPositionsQueryVariables = Exact<{
  incidentId: string | number;
}>;


export type ExplorerPositionsQuery = { logPosition: number, incident: { knownSince: number } | null };

export type IngestArticleWithReceiptsMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestArticleWithReceiptsMutation = { ingestArticle: { appendedEvents: number, replayedCommands: number, receipts: Array<{ commandId: string, factId: string, stream: string, eventTypes: Array<string>, replayed: boolean }> } };

export type CheckArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type CheckArticleMutation = { ingestArticle: { articleId: string, dryRun: boolean, appendedEvents: number, replayedCommands: number, logPosition: number | null, receipts: Array<{ commandId: string }>, problems: Array<{ entry: string, field: string | null, code: string, message: string }>, suggestions: Array<{ kind: SuggestionKind, entry: string | null, field: string | null, message: string, factIds: Array<string> }>, wouldAppend: Array<{ entry: string, commandId: string, factId: string, stream: string, eventTypes: Array<string>, replayed: boolean }> } };

export type LogHeadQueryVariables = Exact<{ [key: string]: never; }>;


export type LogHeadQuery = { logPosition: number };

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

export type SearchHitRowFragment = { field: SearchField, matched: string, score: number, node: NodeRefFragment };

export type SubgraphRowsFragment = { nodes: Array<{ distance: number, node: NodeRefFragment }>, edges: Array<{ id: string, factId: string | null, type: GraphRelationType, from: string, to: string }> };

export type PathBetweenQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type PathBetweenQuery = { path: SubgraphRowsFragment | null };

export type NeighbourhoodOfQueryVariables = Exact<{
  id: string | number;
  depth: number;
}>;


export type NeighbourhoodOfQuery = { neighbourhood: (
    { truncated: boolean }
    & SubgraphRowsFragment
  ) | null };

export type SearchHitsQueryVariables = Exact<{
  phrase: string;
}>;


export type SearchHitsQuery = { search: Array<SearchHitRowFragment> };

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

export type TimelinePageQueryVariables = Exact<{
  about?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type TimelinePageQuery = { timelineConnection: { totalCount: number, edges: Array<{ cursor: string, node: { kind: TimelineEntryKind, factId: string, summary: string, at: string | null, orderIsCertain: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RelationsPageQueryVariables = Exact<{
  type?: GraphRelationType | null | undefined;
  to?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type RelationsPageQuery = { relationsConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, factId: string | null, type: GraphRelationType, from: { id: string, label: string }, to: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchPageQueryVariables = Exact<{
  phrase: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchPageQuery = { searchConnection: { totalCount: number, edges: Array<{ cursor: string, field: SearchField, matched: string, score: number, node: { id: string, kind: NodeKind, label: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReportIncidentForPagingMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportIncidentForPagingMutation = { reportIncident: { receipt: { positions: Array<number> } } };

export type LinkEntitiesForPagingMutationVariables = Exact<{
  input: LinkEntitiesInput;
}>;


export type LinkEntitiesForPagingMutation = { linkEntities: { receipt: { positions: Array<number> } } };

export type HistoryPageQueryVariables = Exact<{
  factId: string;
  first: number;
  after?: string | null | undefined;
}>;


export type HistoryPageQuery = { historyConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, position: number, type: LogEventType } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CorrectFactForPagingMutationVariables = Exact<{
  input: CorrectFactInput;
}>;


export type CorrectFactForPagingMutation = { correctFact: { receipt: { positions: Array<number> } } };

export type StationIncidentsPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type StationIncidentsPageQuery = { stations: Array<{ id: string, incidentsIncludingPartsPage: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, occurredAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }> };

export type PeoplePageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PeoplePageQuery = { peopleConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type SearchQueryVariables = Exact<{
  phrase: string;
  first: number;
}>;


export type SearchQuery = { search: Array<SearchHitRowFragment> };

export type TimelineQueryVariables = Exact<{
  about?: string | number | null | undefined;
}>;


export type TimelineQuery = { timeline: { entries: Array<{ kind: TimelineEntryKind, factId: string, incidentId: string | null, incidentKind: IncidentKind | null, updateKind: IncidentUpdateKind | null, statementKind: StatementKind | null, summary: string, at: string | null, precision: Precision | null, orderIsCertain: boolean }>, undated: Array<{ kind: TimelineEntryKind, factId: string, summary: string }> } };

export const SearchHitSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<SearchHitSummaryFragment, unknown>;
export const NodeRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<NodeRefFragment, unknown>;
export const SearchHitRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<SearchHitRowFragment, unknown>;
export const SubgraphRowsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphRows"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<SubgraphRowsFragment, unknown>;
export const CrewByAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrewByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"StringValue","value":"iss","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberOfConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrewByAgencyQuery, CrewByAgencyQueryVariables>;
export const IncidentTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentTimeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"orderIsCertain"}},{"kind":"Field","name":{"kind":"Name","value":"incidentKind"}},{"kind":"Field","name":{"kind":"Name","value":"updateKind"}},{"kind":"Field","name":{"kind":"Name","value":"statementKind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"undated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentTimelineQuery, IncidentTimelineQueryVariables>;
export const PathFromCrewMemberToModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathFromCrewMemberToModule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"oleg-kononenko","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"zvezda","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}}]}}]}}]}}]} as unknown as DocumentNode<PathFromCrewMemberToModuleQuery, PathFromCrewMemberToModuleQueryVariables>;
export const KnownAtADateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnownAtADate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timelineConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"StringValue","value":"2021","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"CREW_OF"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"iss","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"validOn"},"value":{"kind":"StringValue","value":"2024-02-29","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<KnownAtADateQuery, KnownAtADateQueryVariables>;
export const ModuleNeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModuleNeighbourhood"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"zvezda","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validFromPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"knownUntil"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}}]}}]}}]}}]} as unknown as DocumentNode<ModuleNeighbourhoodQuery, ModuleNeighbourhoodQueryVariables>;
export const CausesAndSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CausesAndSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"COOLANT_LEAK"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"occurredFrom"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAtPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Module"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Component"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"CAUSE_DETERMINED"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"ruledOut"}},{"kind":"Field","name":{"kind":"Name","value":"likelihood"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"factId"},"value":{"kind":"StringValue","value":"incident-soyuz-coolant-leak","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"articleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]} as unknown as DocumentNode<CausesAndSourcesQuery, CausesAndSourcesQueryVariables>;
export const SearchAndHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAndHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"StringValue","value":"zvez","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"StringValue","value":"zvezda","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"historyConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceQuote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromPosition"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<SearchAndHistoryQuery, SearchAndHistoryQueryVariables>;
export const AddASourceToAFactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddASourceToAFact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corroborateFact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"StringValue","value":"graphiql-example-corroborate-zvezda-air-leak","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"factId"},"value":{"kind":"StringValue","value":"zvezda-air-leak","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"articleId"},"value":{"kind":"StringValue","value":"iss-leaks-ap-2024-02-29","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"quote"},"value":{"kind":"StringValue","value":"Russian space officials on Wednesday acknowledged a persistent air leak from the Russian segment of the International Space Station","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]}}]}}]} as unknown as DocumentNode<AddASourceToAFactMutation, AddASourceToAFactMutationVariables>;
export const FollowTheLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FollowTheLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}}]}}]}}]} as unknown as DocumentNode<FollowTheLogSubscription, FollowTheLogSubscriptionVariables>;
export const RegisterEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterEntityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"streamRevision"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}},{"kind":"Field","name":{"kind":"Name","value":"knownSince"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterEntityMutation, RegisterEntityMutationVariables>;
export const LinkEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkEntitiesInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"commandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commandId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validFromPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}}]}}]}}]}}]} as unknown as DocumentNode<LinkEntitiesMutation, LinkEntitiesMutationVariables>;
export const ReportIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAtPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Module"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportIncidentMutation, ReportIncidentMutationVariables>;
export const RecordStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"saidBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordStatementMutation, RecordStatementMutationVariables>;
export const CorrectFactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectFact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectFactInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctFact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"streamRevision"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factId"}}]}}]}}]} as unknown as DocumentNode<CorrectFactMutation, CorrectFactMutationVariables>;
export const RetractFactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetractFact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetractFactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retractFact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factId"}}]}}]}}]} as unknown as DocumentNode<RetractFactMutation, RetractFactMutationVariables>;
export const IngestArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleId"}},{"kind":"Field","name":{"kind":"Name","value":"appendedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"replayedCommands"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IngestArticleMutation, IngestArticleMutationVariables>;
export const EntityByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EntityByIdQuery, EntityByIdQueryVariables>;
export const RetractedFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetractedFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retractedFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"retractedReason"}},{"kind":"Field","name":{"kind":"Name","value":"knownSince"}},{"kind":"Field","name":{"kind":"Name","value":"knownUntil"}}]}}]}}]} as unknown as DocumentNode<RetractedFactsQuery, RetractedFactsQueryVariables>;
export const NewEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NewEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogEventType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromPosition"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sourceQuote"}}]}}]}}]} as unknown as DocumentNode<NewEventsSubscription, NewEventsSubscriptionVariables>;
export const EntityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Station"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsIncludingParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsIncludingParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Module"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsIncludingParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityPageQuery, EntityPageQueryVariables>;
export const PersonIncidentsOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonIncidentsOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"validOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PersonIncidentsOnQuery, PersonIncidentsOnQueryVariables>;
export const LookUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LookUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"iss","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<LookUpQuery, LookUpQueryVariables>;
export const SearchBoxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchBox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fuzzy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"syntax"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchSyntax"}}},"defaultValue":{"kind":"EnumValue","value":"TEXT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}}},{"kind":"Argument","name":{"kind":"Name","value":"fuzzy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fuzzy"}}},{"kind":"Argument","name":{"kind":"Name","value":"syntax"},"value":{"kind":"Variable","name":{"kind":"Name","value":"syntax"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHitSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<SearchBoxQuery, SearchBoxQueryVariables>;
export const FactHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"factId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"factId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"factId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"factId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"factId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<FactHistoryQuery, FactHistoryQueryVariables>;
export const EdgeFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EdgeFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeFactsQuery, EdgeFactsQueryVariables>;
export const ExplorerPositionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerPositions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logPosition"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knownSince"}}]}}]}}]} as unknown as DocumentNode<ExplorerPositionsQuery, ExplorerPositionsQueryVariables>;
export const IngestArticleWithReceiptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestArticleWithReceipts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appendedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"replayedCommands"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]}}]}}]} as unknown as DocumentNode<IngestArticleWithReceiptsMutation, IngestArticleWithReceiptsMutationVariables>;
export const CheckArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleId"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"appendedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"replayedCommands"}},{"kind":"Field","name":{"kind":"Name","value":"logPosition"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entry"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"factIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wouldAppend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"}},{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]}}]}}]} as unknown as DocumentNode<CheckArticleMutation, CheckArticleMutationVariables>;
export const LogHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logPosition"}}]}}]} as unknown as DocumentNode<LogHeadQuery, LogHeadQueryVariables>;
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
export const TimelinePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelinePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"about"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timelineConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"about"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"orderIsCertain"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TimelinePageQuery, TimelinePageQueryVariables>;
export const RelationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphRelationType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RelationsPageQuery, RelationsPageQueryVariables>;
export const SearchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SearchPageQuery, SearchPageQueryVariables>;
export const ReportIncidentForPagingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportIncidentForPaging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]}}]} as unknown as DocumentNode<ReportIncidentForPagingMutation, ReportIncidentForPagingMutationVariables>;
export const LinkEntitiesForPagingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkEntitiesForPaging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkEntitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]}}]} as unknown as DocumentNode<LinkEntitiesForPagingMutation, LinkEntitiesForPagingMutationVariables>;
export const HistoryPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"factId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"historyConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"factId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"factId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<HistoryPageQuery, HistoryPageQueryVariables>;
export const CorrectFactForPagingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectFactForPaging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectFactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctFact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectFactForPagingMutation, CorrectFactForPagingMutationVariables>;
export const StationIncidentsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StationIncidentsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentsIncludingPartsPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<StationIncidentsPageQuery, StationIncidentsPageQueryVariables>;
export const PeoplePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeoplePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PeoplePageQuery, PeoplePageQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHitRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"about"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"about"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentKind"}},{"kind":"Field","name":{"kind":"Name","value":"updateKind"}},{"kind":"Field","name":{"kind":"Name","value":"statementKind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"orderIsCertain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"undated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;