import type { IncidentKind, IncidentUpdateKind, StatementKind } from "../../src/domain/vocabulary";
import type {
  EntityRecord,
  FactRecord,
  IncidentRecord,
  NodeRecord,
  RelationRecord,
  StatementRecord,
} from "./factRecords";
import { NameBook } from "./NameBook";
import { RecordCloner } from "./RecordCloner";
import type { SeededRandom } from "./SeededRandom";
import { SYLLABLES } from "./storyWords";

/** What a copy of the world keeps of each list: its first items (the hubs) and its last. */
const KEPT_IN_A_COPY = 1000;
/** Recent facts kept for corroborations, corrections and retractions. */
const RECENT_FACTS = 8192;
const OPEN_INCIDENTS = 2048;
const RECENT_STATEMENTS = 2048;
export const MAX_UPDATES_PER_INCIDENT = 6;

/** A crew's stay aboard the station. */
export interface Expedition {
  number: number;
  start: number;
  end: number;
  size: number;
  /** Members whose joining has been told (or given up on). */
  settled: number;
  crew: RelationRecord[];
}

/**
 * What exists in the world the stories tell, and what they remember of it: every entity by its
 * kind (registration order: the first ones become hubs), a ring of recent facts to corroborate,
 * correct or retract, the open incidents, the vehicles docked, the crew aboard; and the
 * pickers that choose among them. Memory stays O(entities), never O(facts).
 */
export class StoryWorld {
  /** Every entity registered, by kind, in registration order. */
  private readonly entities = new Map<string, EntityRecord[]>();
  readonly countryByKey = new Map<string, EntityRecord>();
  readonly countriesWithoutAgency: EntityRecord[] = [];
  readonly agencyByKey = new Map<string, EntityRecord>();
  readonly segments = new Map<string, EntityRecord>();
  /** Modules vehicles dock at. */
  readonly ports: EntityRecord[] = [];
  /** People by what they do: staff, those who speak for an agency, crews, crew vehicles. */
  readonly staff: EntityRecord[] = [];
  readonly speakers: EntityRecord[] = [];
  readonly astronauts: EntityRecord[] = [];
  readonly crewVehicles: EntityRecord[] = [];
  /** Hashes of the relation ids stated: a link is stated once (a hash collision only skips one). */
  readonly relationKeys = new Set<number>();
  longRelationIds = 0;
  /** Every name and alias given: no new entity is given one the domain would take for another's. */
  names = new NameBook();
  /**
   * The next number to try after a name drawn again and again ("Lanlin Test Range 7"): without
   * it, each such name tried every number from 2 up, a lookup each, as the names filled up.
   */
  readonly nameSuffixes = new Map<string, number>();
  readonly familySerials = new Map<string, number>();
  nextRealCountry = 0;
  nextRealPlace = 0;
  nextRealOrganization = 0;
  nextRealModule = 0;
  nextSyntheticModule = 0;
  personSerial = 100;
  incidentSerial = 0;
  statementSerial = 0;
  quantitySerial = 0;
  /** Merges of an entity registered twice that a later article finds wrong, and how many were undone. */
  readonly wrongMerges: { duplicate: EntityRecord; survivor: EntityRecord; article: number }[] = [];
  unmerges = 0;
  /** Whether a claim has been told: the first is preferred, and soon ranked and corroborated. */
  claims = 0;
  /** Incidents of this world whose date is disputed (the last ones). */
  readonly disputed: IncidentRecord[] = [];

  private readonly recent: FactRecord[] = [];
  private recentCount = 0;
  private readonly openIncidents: IncidentRecord[] = [];
  private openIncidentCount = 0;
  private readonly statements: StatementRecord[] = [];
  private statementCount = 0;
  /** Facts of another world a client of it may corroborate, never change (none in the corpus). */
  sharedFacts: readonly FactRecord[] = [];
  docked: { relation: RelationRecord; undockDay: number }[] = [];
  expedition: Expedition | undefined;

  /** Kinds and types not told yet: the first story that can tell one does. */
  readonly unseenRelations: Set<string>;
  readonly unseenIncidentKinds: Set<IncidentKind>;
  readonly unseenUpdateKinds: Set<IncidentUpdateKind>;
  readonly unseenStatementKinds: Set<StatementKind>;

  constructor(
    private readonly random: SeededRandom,
    unseen: {
      relations: readonly string[];
      incidentKinds: readonly IncidentKind[];
      updateKinds: readonly IncidentUpdateKind[];
      statementKinds: readonly StatementKind[];
    },
  ) {
    this.unseenRelations = new Set(unseen.relations);
    this.unseenIncidentKinds = new Set(unseen.incidentKinds);
    this.unseenUpdateKinds = new Set(unseen.updateKinds);
    this.unseenStatementKinds = new Set(unseen.statementKinds);
  }

  /** The entities of a kind, in registration order. */
  ofKind(kind: string): EntityRecord[] {
    let list = this.entities.get(kind);
    if (!list) this.entities.set(kind, (list = []));
    return list;
  }

  /** The kinds of entity registered so far. */
  kinds(): string[] {
    return [...this.entities.keys()].filter((kind) => this.ofKind(kind).length > 0);
  }

  /** Nodes of any kind a relation may join: entities, open incidents, recent statements. */
  nodesOfKind(kind: string): readonly NodeRecord[] {
    if (kind === "Incident") return this.openIncidents;
    if (kind === "Statement") return this.statements;
    return this.ofKind(kind);
  }

  remember(fact: FactRecord): void {
    this.recent[this.recentCount++ % RECENT_FACTS] = fact;
    if (fact.category === "incident") {
      this.openIncidents[this.openIncidentCount++ % OPEN_INCIDENTS] = fact;
    } else if (fact.category === "statement") {
      this.statements[this.statementCount++ % RECENT_STATEMENTS] = fact;
    }
  }

  station(): EntityRecord {
    return this.ofKind("Station")[0]!;
  }

  /** A current item, the first ones likelier (hubs); undefined when none is found. */
  hub<T extends { alive: boolean }>(items: readonly T[], power = 2): T | undefined {
    for (let attempt = 0; attempt < 8 && items.length > 0; attempt++) {
      const item = items[this.random.skewedIndex(items.length, power)]!;
      if (item.alive) return item;
    }
    return undefined;
  }

  /** A current item, the recent ones likelier. */
  recentOne<T extends { alive: boolean }>(items: readonly T[], power = 2): T | undefined {
    for (let attempt = 0; attempt < 8 && items.length > 0; attempt++) {
      const item = items[this.random.recentIndex(items.length, power)]!;
      if (item.alive) return item;
    }
    return undefined;
  }

  /** A current fact stated by an article before this one. */
  earlierFact(articleIndex: number): FactRecord | undefined {
    const size = Math.min(this.recentCount, RECENT_FACTS);
    for (let attempt = 0; attempt < 8 && size > 0; attempt++) {
      const fact = this.recent[this.random.int(0, size - 1)]!;
      if (fact.article < articleIndex && fact.alive) return fact;
    }
    return undefined;
  }

  /** A current fact of a category stated by an article before this one. */
  earlierOf<C extends FactRecord["category"]>(
    category: C,
    articleIndex: number,
    accept: (fact: Extract<FactRecord, { category: C }>) => boolean = () => true,
  ): Extract<FactRecord, { category: C }> | undefined {
    for (let attempt = 0; attempt < 16; attempt++) {
      const fact = this.earlierFact(articleIndex);
      if (fact?.category === category && accept(fact as Extract<FactRecord, { category: C }>))
        return fact as Extract<FactRecord, { category: C }>;
    }
    return undefined;
  }

  /** A recent fact that has been retracted, if one is found. */
  retractedFact(): FactRecord | undefined {
    const size = Math.min(this.recentCount, RECENT_FACTS);
    for (let attempt = 0; attempt < 16 && size > 0; attempt++) {
      const fact = this.recent[this.random.int(0, size - 1)]!;
      if (fact.retracted) return fact;
    }
    return undefined;
  }

  /** A fact of the shared world, when there is one. */
  sharedFact(): FactRecord | undefined {
    return this.sharedFacts.length > 0 ? this.random.pick(this.sharedFacts) : undefined;
  }

  /** A current incident that may have another update. */
  openIncident(): IncidentRecord | undefined {
    const size = Math.min(this.openIncidentCount, OPEN_INCIDENTS);
    for (let attempt = 0; attempt < 8 && size > 0; attempt++) {
      const incident = this.openIncidents[this.random.int(0, size - 1)]!;
      if (incident.alive && incident.updates < MAX_UPDATES_PER_INCIDENT) return incident;
    }
    return undefined;
  }

  /** Recent facts and open incidents, current ones only (what clients after the corpus may use). */
  recentFacts(count: number): FactRecord[] {
    return this.recent
      .slice(0, this.recentCount)
      .filter((fact) => fact.alive)
      .slice(-count);
  }

  currentIncidents(count: number): IncidentRecord[] {
    return this.openIncidents
      .slice(0, this.openIncidentCount)
      .filter((incident) => incident.alive)
      .slice(-count);
  }

  syntheticWord(): string {
    const word = this.random.pick(SYLLABLES) + this.random.pick(SYLLABLES);
    return word.charAt(0).toUpperCase() + word.slice(1);
  }

  /**
   * A small copy for a client that writes after the corpus: the hubs and the recent ones of each
   * list, copied, to reference and change at will; no fact of its own yet (it corrects and
   * retracts only its own), the world's recent facts to corroborate.
   */
  copyFor(random: SeededRandom): StoryWorld {
    const copy = new StoryWorld(random, {
      relations: [],
      incidentKinds: [],
      updateKinds: [],
      statementKinds: [],
    });
    const cloner = new RecordCloner();
    const kept = <T extends FactRecord>(items: readonly T[]) =>
      cloner.cloneAll(hubsAndRecent(items.filter((item) => item.alive)));
    for (const [kind, entities] of this.entities) copy.entities.set(kind, kept(entities));
    for (const [from, to] of [
      [this.countryByKey, copy.countryByKey],
      [this.agencyByKey, copy.agencyByKey],
      [this.segments, copy.segments],
    ] as const) {
      for (const [key, entity] of from) if (entity.alive) to.set(key, cloner.clone(entity));
    }
    copy.countriesWithoutAgency.push(...kept(this.countriesWithoutAgency));
    copy.ports.push(...kept(this.ports));
    copy.staff.push(...kept(this.staff));
    copy.speakers.push(...kept(this.speakers));
    copy.astronauts.push(...kept(this.astronauts));
    copy.crewVehicles.push(...kept(this.crewVehicles));
    copy.names = new NameBook(this.names);
    for (const [prefix, serial] of this.familySerials) copy.familySerials.set(prefix, serial);
    copy.nextRealCountry = this.nextRealCountry;
    copy.nextRealPlace = this.nextRealPlace;
    copy.nextRealOrganization = this.nextRealOrganization;
    copy.nextRealModule = this.nextRealModule;
    copy.nextSyntheticModule = this.nextSyntheticModule;
    copy.personSerial = this.personSerial;
    copy.incidentSerial = this.incidentSerial;
    copy.statementSerial = this.statementSerial;
    copy.quantitySerial = this.quantitySerial;
    for (const incident of cloner.cloneAll(this.currentIncidents(500))) {
      copy.openIncidents[copy.openIncidentCount++] = incident;
    }
    copy.docked = this.docked
      .filter((d) => d.relation.alive)
      .map((d) => ({ relation: cloner.clone(d.relation), undockDay: d.undockDay }));
    copy.sharedFacts = this.recentFacts(2000);
    return copy;
  }
}

function hubsAndRecent<T>(items: readonly T[]): readonly T[] {
  return items.length <= 2 * KEPT_IN_A_COPY
    ? items
    : [...items.slice(0, KEPT_IN_A_COPY), ...items.slice(-KEPT_IN_A_COPY)];
}
