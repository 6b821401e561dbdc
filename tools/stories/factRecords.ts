import type { EntityKind } from "../../src/domain/nodeKinds";
import type { IncidentKind, StatementKind } from "../../src/domain/vocabulary";

/**
 * What the stories remember of the facts they have stated: enough to reference current nodes,
 * to corroborate, correct and retract earlier facts, and never to touch a retracted one.
 * Relations, statements and most incidents are only held while recent (see StoryWorld).
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
  /** Country: its key in realWorld.ts ("usa"), or its name's slug. */
  key?: string;
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
  /**
   * Its date's claims as the domain keeps them (src/catalogue/claims/claimState.ts), once a
   * second date was given: in order (occurredAt-1 is the date first reported), one preferred.
   */
  dateClaims: { value: string; rank: "preferred" | "normal" | "deprecated" }[] = [];

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

  /** Its date becomes the value: a correction deprecates the one before, a claim preferred makes it normal. */
  dated(value: string, before: "normal" | "deprecated"): void {
    this.dateClaims = this.claimsOfDate().map((claim) =>
      claim.rank === "preferred" ? { ...claim, rank: before } : claim,
    );
    const known = this.dateClaims.find((claim) => claim.value === value);
    if (known) known.rank = "preferred";
    else this.dateClaims.push({ value, rank: "preferred" });
    this.occurredAt = value;
  }

  /** A date another source gives, kept beside the preferred one. */
  disputed(value: string): void {
    this.dateClaims = [...this.claimsOfDate(), { value, rank: "normal" }];
  }

  private claimsOfDate() {
    return this.dateClaims.length > 0
      ? this.dateClaims
      : [{ value: this.occurredAt, rank: "preferred" as const }];
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
    readonly type: string,
    readonly from: NodeRecord,
    readonly to: NodeRecord,
    readonly validFrom: string | undefined,
    public validTo: string | undefined,
    /** How a later article says it ended ("left"), when one may end it (a correction of its validTo). */
    readonly ending: string | undefined,
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
