import type { EntityKind } from "../../src/domain/nodeKinds";
import type { RelationType } from "../../src/domain/relationTypes";
import type { IncidentKind, StatementKind } from "../../src/domain/vocabulary";
import { spokenTime } from "./corpusCalendar";

/**
 * What the generator remembers of the facts it has stated: enough to reference current nodes,
 * to corroborate, correct and retract earlier facts, and never to touch a retracted one.
 * Relations, statements and most incidents are only held while recent (see CorpusGenerator).
 */

export class EntityRecord {
  readonly category = "entity";
  retracted = false;
  /** Staff, components and places may be retracted; the hubs and the crew never are. */
  retractable = false;
  description: string | undefined;
  aliases: string[] = [];
  /** Person: role ("engineer", "cosmonaut"); agency and country. */
  role?: string;
  agency?: EntityRecord;
  country?: EntityRecord;
  /** Agency: short name ("NASA"); country: adjective ("Russian"). */
  short?: string;
  /** Agency: how many current MEMBER_OF relations end at it. */
  members = 0;
  /** Module: the station it is part of, its components, incidents and whether vehicles dock at it. */
  station?: EntityRecord;
  segment?: EntityRecord;
  components?: EntityRecord[];
  componentSerial = 0;
  incidents = 0;
  lastIncident?: IncidentRecord;
  port = false;
  /** Component: its module. Vehicle: whether it carries crews. */
  module?: EntityRecord;
  crewVehicle = false;
  /** Person: on the station's crew now. */
  aboard = false;

  constructor(
    readonly id: string,
    readonly kind: EntityKind,
    readonly name: string,
    readonly article: number,
  ) {}

  get factId(): string {
    return `entity-${this.id}`;
  }

  /** How a sentence names it: "the International Space Station", "Zvezda". */
  get label(): string {
    return this.kind === "Station" || this.kind === "Segment" ? `the ${this.name}` : this.name;
  }

  get alive(): boolean {
    return !this.retracted;
  }
}

export class IncidentRecord {
  readonly category = "incident";
  retracted = false;
  updates = 0;
  causeKnown = false;
  /** The first day an update of it may mean: a correction of its date never moves past it. */
  firstUpdateDay = Infinity;

  constructor(
    readonly id: string,
    readonly kind: IncidentKind,
    /** "air leak", "crack": what the articles call it. */
    readonly phrase: string,
    readonly target: EntityRecord,
    readonly affected: EntityRecord[],
    public title: string,
    public occurredAt: string,
    readonly module: EntityRecord | undefined,
    readonly reporter: EntityRecord | undefined,
    readonly article: number,
  ) {}

  get factId(): string {
    return `incident-${this.id}`;
  }

  get label(): string {
    return `the ${this.phrase} in ${this.target.name}`;
  }

  get alive(): boolean {
    return !this.retracted && this.affected.every((node) => node.alive);
  }
}

export class StatementRecord {
  readonly category = "statement";
  retracted = false;

  constructor(
    readonly id: string,
    readonly kind: StatementKind,
    readonly speaker: string,
    readonly clause: string,
    public about: (EntityRecord | IncidentRecord)[],
    readonly article: number,
  ) {}

  get factId(): string {
    return `statement-${this.id}`;
  }

  get label(): string {
    return `the statement of ${this.speaker}`;
  }

  get alive(): boolean {
    return !this.retracted;
  }
}

export type NodeRecord = EntityRecord | IncidentRecord | StatementRecord;

export class RelationRecord {
  readonly category = "relation";
  retracted = false;

  constructor(
    readonly id: string,
    readonly type: RelationType,
    readonly from: NodeRecord,
    readonly to: NodeRecord,
    readonly validFrom: string | undefined,
    public validTo: string | undefined,
    /** Whether a later article may end it (a correction of its validTo). */
    readonly endable: boolean,
    readonly retractable: boolean,
    readonly article: number,
  ) {}

  get factId(): string {
    return `relation-${this.id}`;
  }

  get alive(): boolean {
    return !this.retracted && this.from.alive && this.to.alive;
  }
}

export type FactRecord = NodeRecord | RelationRecord;

const RELATION_PHRASES: Record<RelationType, string> = {
  MEMBER_OF: "is a member of",
  CREW_OF: "served on the crew of",
  CITIZEN_OF: "is a citizen of",
  PART_OF: "is part of",
  OPERATES: "operates",
  BELONGS_TO: "belongs to",
  DOCKED_AT: "docked at",
  LOCATED_IN: "is located in",
  COOPERATES_WITH: "cooperates with",
  MILITARY_ACTIONS_IN: "carried out military actions in",
  FOLLOWED: "followed",
  ATTRIBUTED_TO: "was attributed to",
};

/** A clause restating the fact, for the sentences that corroborate or retract it. */
export function summaryOf(fact: FactRecord): string {
  switch (fact.category) {
    case "relation":
      return `${fact.from.label} ${RELATION_PHRASES[fact.type]} ${fact.to.label}`;
    case "incident":
      return `${/^[aeiou]/.test(fact.phrase) ? "an" : "a"} ${fact.phrase} occurred in ${fact.target.name} ${spokenTime(fact.occurredAt)}`;
    case "statement":
      return `${fact.speaker} said ${fact.clause}`;
    case "entity":
      return `${fact.name} is ${entityDescriptor(fact)}`;
  }
}

function entityDescriptor(entity: EntityRecord): string {
  switch (entity.kind) {
    case "Person":
      return `${/^[aeiou]/.test(entity.role ?? "") ? "an" : "a"} ${entity.role ?? "official"}`;
    case "Component":
      return `a component of ${entity.module?.name ?? "the station"}`;
    case "Vehicle":
      return entity.crewVehicle ? "a crew spacecraft" : "a cargo spacecraft";
    case "Module":
      return `a module of the ${entity.station?.name ?? "station"}`;
    case "Place":
      return `a place in ${entity.country?.name ?? "the partner countries"}`;
    case "Organization":
      return "a news organisation";
    case "Agency":
      return "a space agency";
    case "Country":
      return "a partner in the station programme";
    case "Station":
      return "a space station";
    case "Segment":
      return `a segment of the ${entity.station?.name ?? "station"}`;
  }
}
