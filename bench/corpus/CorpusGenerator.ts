import type { Command, CommandOfType } from "../../src/catalogue/commands";
type FactChangesInput = CommandOfType<"CorrectFact">["changes"];
import type { Certainty, EntityKind } from "../../src/domain/nodeKinds";
import { RELATION_TYPE_NAMES, type RelationType } from "../../src/domain/relationTypes";
import type { Source } from "../../src/domain/source";
import {
  INCIDENT_KINDS,
  INCIDENT_UPDATE_KINDS,
  STATEMENT_KINDS,
  type IncidentKind,
  type IncidentUpdateKind,
  type StatementKind,
} from "../../src/domain/vocabulary";
import type { ArticleBundle } from "../../src/seed/seedFolder";
import { ArticleWriter } from "./ArticleWriter";
import {
  dayOf,
  firstDayOf,
  spokenTime,
  worldTime,
  yearOf,
  type DayPrecision,
} from "./corpusCalendar";
import { CorpusRandom } from "./CorpusRandom";
import type { CorpusProbes } from "./syntheticCorpus";
import {
  EntityRecord,
  IncidentRecord,
  RelationRecord,
  StatementRecord,
  summaryOf,
  type FactRecord,
  type NodeRecord,
} from "./corpusRecords";
import {
  CAUSES,
  COMPONENT_PARTS,
  FIRST_NAMES,
  GATEWAY_MODULES,
  LAST_NAMES,
  NEWSPAPER_KINDS,
  PLACE_KINDS,
  REAL_AGENCIES,
  REAL_COUNTRIES,
  REAL_MODULES,
  REAL_NEWS_AGENCIES,
  REAL_PLACES,
  slug,
  STAFF_ROLES,
  STATEMENT_CLAUSES,
  SYLLABLES,
  SYNTHETIC_MODULE_NAMES,
  VEHICLE_FAMILIES,
  type CountrySpec,
  type ModuleSpec,
  type VehicleFamily,
} from "./corpusVocabulary";

/** The share of the corpus's fact events each kind of fact aims at (articles aside). */
export const FACT_MIX = {
  entity: 0.3,
  relation: 0.35,
  incident: 0.08,
  update: 0.1,
  statement: 0.08,
  corroboration: 0.05,
  correction: 0.03,
  retraction: 0.01,
} as const;
export type MixCategory = keyof typeof FACT_MIX;
const MIX_CATEGORIES = Object.keys(FACT_MIX) as MixCategory[];

/** How many articles, and how many facts each: the last one is cut so the total is the target. */
export interface CorpusPlan {
  articles: number;
  factsPerArticle: number;
  lastArticleFacts: number;
}

export function planCorpus(events: number, factsPerArticle: number): CorpusPlan {
  const articles = Math.max(1, Math.ceil(events / (factsPerArticle + 1)));
  const lastArticleFacts = Math.max(0, events - (articles - 1) * (factsPerArticle + 1) - 1);
  return { articles, factsPerArticle, lastArticleFacts };
}

/** What single commands after the corpus may reference: current nodes and facts only. */
export interface FinalWorld {
  lastDay: number;
  agencies: EntityRecord[];
  countries: EntityRecord[];
  modules: EntityRecord[];
  persons: EntityRecord[];
  incidents: IncidentRecord[];
  facts: FactRecord[];
}

type Step = () => boolean;

interface Expedition {
  number: number;
  start: number;
  end: number;
  size: number;
  /** Members whose joining has been told (or given up on). */
  settled: number;
  crew: RelationRecord[];
}

const START_DAY = dayOf("1998-11-20");
const MAX_SPAN_DAYS = 40 * 365;
/** Recent facts kept for corroborations, corrections and retractions. */
const RECENT_FACTS = 8192;
const OPEN_INCIDENTS = 2048;
const MAX_COUNTRIES = 200;
const MAX_UPDATES_PER_INCIDENT = 6;

const INCIDENT_PHRASES: Record<IncidentKind, readonly string[]> = {
  AIR_LEAK: ["air leak", "pressure loss"],
  COOLANT_LEAK: ["coolant leak", "ammonia leak"],
  DEFECT: ["crack", "defect", "malfunction"],
  OTHER: ["power outage", "smoke alarm", "computer failure"],
};
/** Where most people of the corpus come from: the station's big partners. */
const CORE_COUNTRIES: readonly (readonly [string, number])[] = [
  ["usa", 35],
  ["russia", 30],
  ["japan", 8],
  ["canada", 5],
  ["germany", 8],
  ["france", 8],
  ["italy", 6],
];
const TITLE_ADJECTIVES = ["Slow", "Minor", "Persistent", "Intermittent", "Serious"];
const SPEAKING_ROLES = new Set(["spokesperson", "official", "flight director", "program manager"]);
const RETRACTION_REASONS = [
  "The earlier report misread an agency briefing.",
  "The agency said the earlier report was mistaken.",
  "The original source withdrew the claim.",
  "The earlier report confused two different events.",
];
const ENDINGS: Partial<Record<RelationType, string>> = {
  MEMBER_OF: "left",
  COOPERATES_WITH: "ended its cooperation with",
  OPERATES: "stopped operating",
  LOCATED_IN: "moved out of",
  BELONGS_TO: "was transferred away from",
};

/**
 * The corpus's world and its story: it grows a world of agencies, countries, stations,
 * modules, vehicles and people from 1998 on, and tells it in articles, one sentence per fact.
 * Everything it states is valid for the domain at the time it is stated: it only references
 * current nodes, corrects to new values and retracts current facts.
 */
export class CorpusGenerator {
  private readonly random: CorpusRandom;
  private readonly stepDays: number;
  private clock = START_DAY;
  private day = START_DAY;
  private articleIndex = -1;
  private writer!: ArticleWriter;
  private leadTitle: string | undefined;
  private emitted = 0;
  private factsBefore = 0;
  private midPosition = 0;

  private readonly agenda: Step[] = [];
  private readonly counts: Record<MixCategory, number> = {
    entity: 0,
    relation: 0,
    incident: 0,
    update: 0,
    statement: 0,
    corroboration: 0,
    correction: 0,
    retraction: 0,
  };
  private readonly unseenRelations = new Set<RelationType>(RELATION_TYPE_NAMES);
  private readonly unseenIncidentKinds = new Set<IncidentKind>(INCIDENT_KINDS);
  private readonly unseenUpdateKinds = new Set<IncidentUpdateKind>(INCIDENT_UPDATE_KINDS);
  private readonly unseenStatementKinds = new Set<StatementKind>(STATEMENT_KINDS);

  private readonly countries: EntityRecord[] = [];
  private readonly countryByKey = new Map<string, EntityRecord>();
  private readonly countriesWithoutAgency: EntityRecord[] = [];
  private readonly agencies: EntityRecord[] = [];
  private readonly agencyByKey = new Map<string, EntityRecord>();
  private readonly places: EntityRecord[] = [];
  private readonly organizations: EntityRecord[] = [];
  private readonly stations: EntityRecord[] = [];
  private readonly segments = new Map<string, EntityRecord>();
  private readonly modules: EntityRecord[] = [];
  private readonly ports: EntityRecord[] = [];
  private readonly staff: EntityRecord[] = [];
  private readonly speakers: EntityRecord[] = [];
  private readonly astronauts: EntityRecord[] = [];
  private readonly crewVehicles: EntityRecord[] = [];
  /** Hashes of the relation ids stated: a link is stated once (a hash collision only skips one). */
  private readonly relationKeys = new Set<number>();
  private longRelationIds = 0;
  /** Names of countries, places, organisations and agencies, which synthetic ones must not repeat. */
  private readonly usedNames = new Set<string>();
  private readonly familySerials = new Map<string, number>();
  private nextRealCountry = 0;
  private nextRealPlace = 0;
  private nextRealOrganization = 0;
  private nextRealModule = 0;
  private nextSyntheticModule = 0;
  private personSerial = 100;
  private incidentSerial = 0;
  private statementSerial = 0;

  private readonly recent: FactRecord[] = [];
  private recentCount = 0;
  private readonly openIncidents: IncidentRecord[] = [];
  private openIncidentCount = 0;
  private docked: { relation: RelationRecord; undockDay: number }[] = [];
  private expedition: Expedition | undefined;

  constructor(
    seed: number,
    private readonly plan: CorpusPlan,
  ) {
    this.random = new CorpusRandom(seed);
    // Several articles a month, over at most 40 simulated years.
    this.stepDays = Math.min(plan.articles * 10, MAX_SPAN_DAYS) / plan.articles;
  }

  *articles(): Generator<ArticleBundle> {
    const { articles, factsPerArticle, lastArticleFacts } = this.plan;
    for (let index = 0; index < articles; index++) {
      if (index === Math.floor(articles / 2)) this.midPosition = this.emitted;
      this.startArticle(index);
      const facts = index === articles - 1 ? lastArticleFacts : factsPerArticle;
      for (let i = 0; i < facts; i++) this.nextFact();
      this.emitted += 1 + facts;
      this.factsBefore += facts;
      yield this.writer.finish(this.title());
    }
  }

  probes(): CorpusProbes {
    const station = this.stations[0];
    const agency = maxBy(this.agencies.filter(alive), (a) => a.members);
    const module = maxBy(
      this.modules.filter((m) => m.alive && m.station === station),
      (m) => m.incidents,
    );
    const crew = this.expedition?.crew.filter((r) => r.alive).map((r) => r.from as EntityRecord);
    const person = crew?.[0] ?? this.astronauts.find(alive);
    if (!station || !agency || !module || !person) {
      throw new Error(
        "the corpus is too small to have probes: generate a few hundred events or more",
      );
    }
    return {
      stationId: station.id,
      agencyId: agency.id,
      moduleId: module.id,
      personId: person.id,
      personName: person.name,
      searchPhrase: module.name,
      midPosition: this.midPosition,
    };
  }

  finalWorld(): FinalWorld {
    const recent = <T extends { alive: boolean }>(items: readonly T[], count: number) =>
      items.filter((item) => item.alive).slice(-count);
    return {
      lastDay: this.day,
      agencies: recent(this.agencies, 1000),
      countries: recent(this.countries, 1000),
      modules: recent(this.modules, 1000),
      persons: recent(this.speakers, 500),
      incidents: recent(this.openIncidents.slice(0, this.openIncidentCount), 500),
      facts: recent(this.recent.slice(0, this.recentCount), 2000),
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Articles and the choice of the next fact
  // ---------------------------------------------------------------------------------------------

  private startArticle(index: number): void {
    this.articleIndex = index;
    this.clock += this.stepDays * (0.5 + this.random.float());
    this.day = Math.floor(this.clock);
    const publisher = this.random.pick(REAL_NEWS_AGENCIES);
    const dateline = this.random.pick(REAL_PLACES.slice(0, 12)).name;
    const publishedOn = worldTime(this.day);
    this.writer = new ArticleWriter(
      `synthetic-${publishedOn}-${String(index + 1).padStart(6, "0")}`,
      publishedOn,
      publisher,
      dateline,
    );
    this.leadTitle = undefined;
    if (index === 0) this.bootstrap();
    if (index === Math.floor(this.plan.articles / 3) && index > 0) this.buildSecondStation();
    const expedition = this.expedition;
    if (expedition && this.day >= expedition.end && expedition.settled === expedition.size) {
      this.startExpedition(expedition.end);
    }
    const due = this.docked.filter((d) => d.undockDay <= this.day);
    if (due.length > 0) {
      this.docked = this.docked.filter((d) => d.undockDay > this.day);
      for (const { relation, undockDay } of due) this.later(() => this.undock(relation, undockDay));
    }
  }

  private title(): string {
    const lead = this.leadTitle ?? "crews, cargo ships and repairs";
    return `Space station report, ${spokenTime(this.writer.publishedOn).slice(3)}: ${lead}`;
  }

  private nextFact(): void {
    const before = this.writer.factCount;
    let done = false;
    while (!done && this.agenda.length > 0) done = this.agenda.shift()!();
    // Otherwise the kind of fact furthest below its share, or the next one if none can be told.
    const total = this.writer.factCount + this.factsBefore + 1;
    const tried = new Set<MixCategory>();
    while (!done && tried.size < MIX_CATEGORIES.length) {
      let best: MixCategory | undefined;
      for (const category of MIX_CATEGORIES) {
        if (tried.has(category)) continue;
        if (!best || this.deficit(category, total) > this.deficit(best, total)) best = category;
      }
      tried.add(best!);
      done = this.generate(best!);
    }
    if (!done || this.writer.factCount !== before + 1) {
      throw new Error(`the generator wrote ${this.writer.factCount - before} facts for one slot`);
    }
  }

  private deficit(category: MixCategory, total: number): number {
    return FACT_MIX[category] * total - this.counts[category];
  }

  private generate(category: MixCategory): boolean {
    switch (category) {
      case "entity":
        return this.entityStory();
      case "relation":
        return this.freeRelation();
      case "incident":
        return this.incidentStory();
      case "update":
        return this.incidentUpdate();
      case "statement":
        return this.statementStory();
      case "corroboration":
        return this.corroboration();
      case "correction":
        return this.correction();
      case "retraction":
        return this.retraction();
    }
  }

  /** Steps told after everything already planned (the world's schedule). */
  private later(...steps: Step[]): void {
    this.agenda.push(...steps);
  }

  /** Steps told next (the rest of the story just begun). */
  private soon(...steps: Step[]): void {
    this.agenda.unshift(...steps);
  }

  // ---------------------------------------------------------------------------------------------
  // Writing facts
  // ---------------------------------------------------------------------------------------------

  private state(
    category: MixCategory,
    sentence: string,
    command: (source: Source) => Command,
  ): void {
    this.writer.add(command(this.writer.cite(sentence)));
    this.counts[category]++;
  }

  private remember(fact: FactRecord): void {
    this.recent[this.recentCount++ % RECENT_FACTS] = fact;
  }

  private registerEntity(
    kind: EntityKind,
    id: string,
    name: string,
    sentence: string,
    extra: { description?: string; aliases?: string[]; certainty?: Certainty; note?: string } = {},
  ): EntityRecord {
    const entity = new EntityRecord(id, kind, name, this.articleIndex);
    entity.description = extra.description;
    entity.aliases = extra.aliases ?? [];
    if (kind === "Country" || kind === "Place" || kind === "Organization" || kind === "Agency") {
      this.usedNames.add(name);
    }
    this.state("entity", sentence, (source) => ({
      type: "RegisterEntity",
      entityId: id,
      kind,
      name,
      aliases: extra.aliases,
      description: extra.description,
      certainty: extra.certainty,
      source: extra.note ? { ...source, note: extra.note } : source,
    }));
    this.remember(entity);
    return entity;
  }

  /** States a relation, unless one of its ends is no longer current or the same link exists. */
  private link(
    type: RelationType,
    from: NodeRecord | undefined,
    to: NodeRecord | undefined,
    sentence: (from: NodeRecord, to: NodeRecord) => string,
    options: {
      validFrom?: string;
      validTo?: string;
      role?: string;
      certainty?: Certainty;
      note?: string;
      suffix?: string;
      endable?: boolean;
      retractable?: boolean;
    } = {},
  ): RelationRecord | undefined {
    if (!from || !to || !from.alive || !to.alive || from === to) return undefined;
    let id = `${from.id}-${RELATION_SLUGS[type]}-${to.id}${options.suffix ? `-${options.suffix}` : ""}`;
    if (id.length > 120) id = `${RELATION_SLUGS[type]}-${++this.longRelationIds}`;
    const key = hashId(id);
    if (this.relationKeys.has(key)) return undefined;
    this.relationKeys.add(key);
    const relation = new RelationRecord(
      id,
      type,
      from,
      to,
      options.validFrom,
      options.validTo,
      options.endable ?? false,
      options.retractable ?? true,
      this.articleIndex,
    );
    this.state("relation", sentence(from, to), (source) => ({
      type: "LinkEntities",
      relationId: id,
      relation: type,
      from: from.id,
      to: to.id,
      validFrom: options.validFrom,
      validTo: options.validTo,
      role: options.role,
      certainty: options.certainty,
      source: options.note ? { ...source, note: options.note } : source,
    }));
    this.unseenRelations.delete(type);
    if (type === "MEMBER_OF" && to.category === "entity") to.members++;
    this.remember(relation);
    return relation;
  }

  private correct(
    fact: FactRecord,
    sentence: string,
    changes: FactChangesInput,
    reason: string,
  ): boolean {
    this.state("correction", sentence, (source) => ({
      type: "CorrectFact",
      factId: fact.factId,
      changes,
      reason,
      source,
    }));
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Picking what exists
  // ---------------------------------------------------------------------------------------------

  /** A current item, the first ones likelier (hubs); undefined when none is found. */
  private hub<T extends { alive: boolean }>(items: readonly T[], power = 2): T | undefined {
    for (let attempt = 0; attempt < 8 && items.length > 0; attempt++) {
      const item = items[this.random.skewedIndex(items.length, power)]!;
      if (item.alive) return item;
    }
    return undefined;
  }

  /** A current item, the recent ones likelier. */
  private recentOne<T extends { alive: boolean }>(items: readonly T[], power = 2): T | undefined {
    for (let attempt = 0; attempt < 8 && items.length > 0; attempt++) {
      const item = items[this.random.recentIndex(items.length, power)]!;
      if (item.alive) return item;
    }
    return undefined;
  }

  /** A current fact stated by an earlier article. */
  private earlierFact(): FactRecord | undefined {
    const size = Math.min(this.recentCount, RECENT_FACTS);
    for (let attempt = 0; attempt < 8 && size > 0; attempt++) {
      const fact = this.recent[this.random.int(0, size - 1)]!;
      if (fact.article < this.articleIndex && fact.alive) return fact;
    }
    return undefined;
  }

  private openIncident(): IncidentRecord | undefined {
    const size = Math.min(this.openIncidentCount, OPEN_INCIDENTS);
    for (let attempt = 0; attempt < 8 && size > 0; attempt++) {
      const incident = this.openIncidents[this.random.int(0, size - 1)]!;
      if (incident.alive && incident.updates < MAX_UPDATES_PER_INCIDENT) return incident;
    }
    return undefined;
  }

  private station(): EntityRecord {
    return this.stations[0]!;
  }

  private uniqueName(base: string): string {
    let name = base;
    for (let n = 2; this.usedNames.has(name); n++) name = `${base} ${n}`;
    return name;
  }

  private syntheticWord(): string {
    const word = this.random.pick(SYLLABLES) + this.random.pick(SYLLABLES);
    return word.charAt(0).toUpperCase() + word.slice(1);
  }

  private when(day: number, precisions: readonly (readonly [DayPrecision, number])[]): string {
    return worldTime(day, this.random.weighted(precisions));
  }

  // ---------------------------------------------------------------------------------------------
  // The world's schedule: its beginning, the crews, the dockings
  // ---------------------------------------------------------------------------------------------

  private bootstrap(): void {
    const firstCountries = ["usa", "russia", "japan", "canada", "germany", "france", "italy"];
    for (const key of firstCountries) {
      this.later(() => this.registerCountry(REAL_COUNTRIES.find((c) => c.key === key)!));
    }
    for (let i = 0; i < 5; i++) this.later(() => this.placeStory());
    for (const spec of REAL_AGENCIES) this.later(() => this.registerRealAgency(spec));
    for (const key of ["esa", "jaxa", "csa"]) {
      this.later(() => this.cooperation(this.agencyByKey.get("nasa"), this.agencyByKey.get(key)));
    }
    this.later(
      () => this.organizationStory(),
      () => this.organizationStory(),
    );
    this.later(() => {
      const iss = this.registerEntity(
        "Station",
        "station-iss",
        "International Space Station",
        "The International Space Station, the orbital post run by five space agencies, took shape in orbit",
        { aliases: ["ISS", "space station"] },
      );
      this.stations.push(iss);
      this.soon(
        () => this.operates(this.agencyByKey.get("nasa"), iss),
        () => this.operates(this.agencyByKey.get("roscosmos"), iss),
      );
      return true;
    });
    this.later(() =>
      this.registerSegment("russian", "Russian Orbital Segment", this.station(), "russia"),
    );
    this.later(() => this.registerSegment("us", "US Orbital Segment", this.station(), "usa"));
    for (let i = 0; i < 3; i++) this.later(() => this.moduleStory());
    this.later(() => {
      this.startExpedition(this.day);
      return false;
    });
  }

  private buildSecondStation(): void {
    this.later(() => {
      const gateway = this.registerEntity(
        "Station",
        "station-lunar-gateway",
        "Lunar Gateway",
        "Construction began on the Lunar Gateway, a smaller station in orbit around the Moon",
        { aliases: ["Gateway"] },
      );
      this.stations.push(gateway);
      this.soon(() => this.operates(this.agencyByKey.get("nasa"), gateway));
      return true;
    });
    this.later(() =>
      this.registerSegment("gateway", "Gateway Core Segment", this.stations[1]!, "usa"),
    );
    for (const spec of GATEWAY_MODULES) this.later(() => this.registerModule(spec));
  }

  private registerSegment(
    key: string,
    name: string,
    station: EntityRecord,
    countryKey: string,
  ): boolean {
    const segment = this.registerEntity(
      "Segment",
      `segment-${slug(name)}`,
      name,
      `The ${name} of the ${station.name} grew module by module`,
    );
    segment.station = station;
    this.segments.set(key, segment);
    this.soon(
      () =>
        !!this.link(
          "PART_OF",
          segment,
          station,
          (s, t) => `${capitalise(s.label)} is part of ${t.label}`,
          {
            retractable: false,
          },
        ),
      () =>
        !!this.link(
          "BELONGS_TO",
          segment,
          this.countryByKey.get(countryKey),
          (s, c) => `${capitalise(s.label)} belongs to ${c.label}`,
          { retractable: false },
        ),
    );
    return true;
  }

  private startExpedition(start: number): void {
    const previous = this.expedition;
    for (const relation of previous?.crew ?? []) {
      (relation.from as EntityRecord).aboard = false;
      this.later(() => this.endCrewStay(relation, start, previous!.number));
    }
    const expedition: Expedition = {
      number: (previous?.number ?? 0) + 1,
      start,
      end: start + this.random.int(150, 200),
      size: this.random.int(3, 7),
      settled: 0,
      crew: [],
    };
    this.expedition = expedition;
    const year = yearOf(start);
    const families = VEHICLE_FAMILIES.filter((f) => f.crew && f.since <= year);
    let vehicle: EntityRecord | undefined;
    this.later(() => {
      vehicle = this.vehicleStory(this.random.pick(families), {
        launch: start - 2,
        dock: start,
        undock: expedition.end,
      });
      return true;
    });
    for (let i = 0; i < expedition.size; i++) {
      let person: EntityRecord | undefined;
      this.later(
        () => {
          const veteran = this.random.chance(0.35) ? this.veteran() : undefined;
          if (veteran) {
            person = veteran;
            person.aboard = true;
            return false;
          }
          person = this.personStory(true);
          return true;
        },
        () => this.joinCrew(person, expedition),
        () =>
          !!this.link(
            "CREW_OF",
            person,
            vehicle,
            (p, v) =>
              `${p.label} flew to the station aboard ${v.label} ${spokenTime(worldTime(start - 2))}`,
            { validFrom: worldTime(start - 2), validTo: worldTime(start), retractable: false },
          ),
      );
    }
  }

  private veteran(): EntityRecord | undefined {
    for (let attempt = 0; attempt < 8 && this.astronauts.length > 0; attempt++) {
      const person = this.astronauts[this.random.int(0, this.astronauts.length - 1)]!;
      if (person.alive && !person.aboard) return person;
    }
    return undefined;
  }

  private joinCrew(person: EntityRecord | undefined, expedition: Expedition): boolean {
    expedition.settled++;
    if (!person) return false;
    person.aboard = true;
    const validFrom = this.when(expedition.start, [
      ["day", 7],
      ["month", 3],
    ]);
    const relation = this.link(
      "CREW_OF",
      person,
      this.station(),
      (p, s) =>
        `${capitalise(person.role ?? "astronaut")} ${p.label} of ${person.agency?.short ?? "the partners"} joined ${s.label}'s crew for Expedition ${expedition.number} ${spokenTime(validFrom)}`,
      { validFrom, suffix: `exp-${expedition.number}`, retractable: false },
    );
    if (!relation) return false;
    expedition.crew.push(relation);
    return true;
  }

  private endCrewStay(relation: RelationRecord, day: number, expedition: number): boolean {
    if (!relation.alive) return false;
    const validTo = worldTime(day);
    relation.validTo = validTo;
    return this.correct(
      relation,
      `${relation.from.label} returned to Earth ${spokenTime(validTo)}, at the end of Expedition ${expedition}`,
      { validTo },
      `Expedition ${expedition} ended; the stay aboard ended with it.`,
    );
  }

  private undock(relation: RelationRecord, day: number): boolean {
    if (!relation.alive) return false;
    const validTo = worldTime(day);
    relation.validTo = validTo;
    return this.correct(
      relation,
      `${relation.from.label} undocked from ${relation.to.label} ${spokenTime(validTo)}`,
      { validTo },
      "The vehicle undocked; its stay at the port ended.",
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Entities and the relations that come with them
  // ---------------------------------------------------------------------------------------------

  private entityStory(): boolean {
    const kind = this.random.weighted<EntityKind>([
      ["Person", 40],
      ["Component", 34],
      ["Vehicle", 7],
      ["Place", 7],
      ["Organization", 6],
      ["Agency", 0.4],
      ["Country", 0.4],
      ["Module", 1],
    ]);
    switch (kind) {
      case "Component":
        return this.componentStory() || this.personStory(false) !== undefined;
      case "Vehicle": {
        const year = yearOf(this.day);
        const families = VEHICLE_FAMILIES.filter((f) => f.since <= year);
        const dock = this.day - this.random.int(0, 5);
        const open = this.random.chance(0.5);
        const past = dock - this.random.int(60, 400);
        const family = this.random.pick(families);
        const stay = family.crew ? this.random.int(150, 200) : this.random.int(20, 90);
        this.vehicleStory(
          family,
          open
            ? { launch: dock - 2, dock, undock: dock + stay }
            : { launch: past - 2, dock: past, undock: past + stay, historical: true },
        );
        return true;
      }
      case "Place":
        return this.placeStory();
      case "Organization":
        return this.organizationStory();
      case "Agency":
        return this.agencyStory();
      case "Country":
        return this.countryStory();
      case "Module":
        return this.moduleStory() || this.componentStory() || this.personStory(false) !== undefined;
      default:
        return this.personStory(false) !== undefined;
    }
  }

  private countryStory(): boolean {
    while (this.nextRealCountry < REAL_COUNTRIES.length) {
      const spec = REAL_COUNTRIES[this.nextRealCountry++]!;
      if (!this.countryByKey.has(spec.key)) return this.registerCountry(spec);
    }
    if (this.countries.length >= MAX_COUNTRIES) return this.placeStory();
    const name = this.uniqueName(`${this.syntheticWord()}ia`);
    return this.registerCountry({
      key: slug(name),
      name,
      adjective: `${name}n`,
      names: "synthetic",
    });
  }

  private registerCountry(spec: CountrySpec): boolean {
    const year = yearOf(this.day);
    const country = this.registerEntity(
      "Country",
      `country-${spec.key}`,
      spec.name,
      this.random.pick([
        `${spec.name} took part in the station programme ${spokenTime(String(year))}`,
        `${spec.adjective} officials followed the station's work closely`,
      ]),
    );
    country.short = spec.adjective;
    this.countries.push(country);
    this.countryByKey.set(spec.key, country);
    if (spec.agency) {
      country.agency = this.agencyByKey.get(spec.agency);
    } else {
      this.countriesWithoutAgency.push(country);
    }
    if (this.countries.length > 7) {
      const partner = this.hub(this.countries.slice(0, 2), 1);
      this.soon(() => this.cooperation(country, partner));
    }
    return true;
  }

  private registerRealAgency(spec: (typeof REAL_AGENCIES)[number]): boolean {
    const agency = this.registerEntity(
      "Agency",
      `agency-${spec.key}`,
      spec.name,
      `${spec.name} (${spec.short}) is one of the station's partner agencies`,
      { aliases: [spec.short] },
    );
    agency.short = spec.short;
    this.agencies.push(agency);
    this.agencyByKey.set(spec.key, agency);
    agency.country = spec.country ? this.countryByKey.get(spec.country) : undefined;
    for (const country of this.countries) {
      if (
        REAL_COUNTRIES.find((c) => c.key === country.id.slice("country-".length))?.agency ===
        spec.key
      ) {
        country.agency = agency;
      }
    }
    const country = spec.country ? this.countryByKey.get(spec.country) : undefined;
    const headquarters = this.places.find((p) => p.id === `place-${spec.headquarters}`);
    this.soon(
      () =>
        !!this.link(
          "BELONGS_TO",
          agency,
          country,
          (a, c) => `${spec.short} is ${c.label}'s space agency`,
          {
            retractable: false,
          },
        ),
      () =>
        !!this.link(
          "LOCATED_IN",
          agency,
          headquarters,
          (a, p) => `${spec.short} has its headquarters in ${p.label}`,
        ),
    );
    return true;
  }

  private agencyStory(): boolean {
    const country = this.countriesWithoutAgency.shift();
    if (!country) return this.countryStory();
    const name = `${country.short} Space Agency`;
    const short = name
      .split(" ")
      .map((word) => word.charAt(0))
      .join("");
    const agency = this.registerEntity(
      "Agency",
      `agency-${slug(name)}`,
      name,
      `${country.short} officials founded the ${name} to take part in the station programme`,
      { aliases: [short] },
    );
    agency.short = name;
    agency.country = country;
    country.agency = agency;
    this.agencies.push(agency);
    const partner = this.hub(this.agencies.slice(0, 5), 1.5);
    this.soon(
      () =>
        !!this.link(
          "BELONGS_TO",
          agency,
          country,
          (a, c) => `The ${a.label} belongs to ${c.label}`,
          {
            retractable: false,
          },
        ),
      () => this.cooperation(agency, partner),
    );
    return true;
  }

  private cooperation(a: EntityRecord | undefined, b: EntityRecord | undefined): boolean {
    const validFrom = worldTime(this.day, "year");
    return !!this.link(
      "COOPERATES_WITH",
      a,
      b,
      (x, y) =>
        `${x.label} and ${y.label} agreed to cooperate on the station ${spokenTime(validFrom)}`,
      { validFrom, endable: true },
    );
  }

  private operates(agency: EntityRecord | undefined, hardware: EntityRecord | undefined): boolean {
    return !!this.link(
      "OPERATES",
      agency,
      hardware,
      (a, h) => `${(a as EntityRecord).short ?? a.label} operates ${h.label}`,
      { endable: true },
    );
  }

  private placeStory(): boolean {
    while (this.nextRealPlace < REAL_PLACES.length) {
      const spec = REAL_PLACES[this.nextRealPlace]!;
      const country = this.countryByKey.get(spec.country);
      if (!country) break;
      this.nextRealPlace++;
      return this.registerPlace(spec.name, country);
    }
    const country = this.hub(this.countries, 1.5);
    if (!country) return false;
    const name = this.uniqueName(`${this.syntheticWord()} ${this.random.pick(PLACE_KINDS)}`);
    return this.registerPlace(name, country);
  }

  private registerPlace(name: string, country: EntityRecord): boolean {
    const place = this.registerEntity(
      "Place",
      `place-${slug(name)}`,
      name,
      this.random.pick([
        `Teams in ${name} supported the station's operations`,
        `${name} played a part in the mission`,
      ]),
    );
    place.country = country;
    place.retractable = this.places.length >= REAL_PLACES.length;
    this.places.push(place);
    if (this.random.chance(0.8)) {
      this.soon(
        () => !!this.link("LOCATED_IN", place, country, (p, c) => `${p.label} is in ${c.label}`),
      );
    }
    return true;
  }

  private organizationStory(): boolean {
    let name: string | undefined;
    let country: EntityRecord | undefined;
    let short: string | undefined;
    if (this.nextRealOrganization < REAL_NEWS_AGENCIES.length) {
      const spec = REAL_NEWS_AGENCIES[this.nextRealOrganization]!;
      country = this.countryByKey.get(spec.country);
      if (country) {
        this.nextRealOrganization++;
        name = spec.name;
        short = spec.short;
      }
    }
    if (!name) {
      const place = this.recentOne(this.places, 1);
      country = place?.country ?? this.hub(this.countries);
      name = this.uniqueName(
        `The ${place && this.random.chance(0.5) ? place.name.split(" ")[0] : this.syntheticWord()} ${this.random.pick(NEWSPAPER_KINDS)}`,
      );
    }
    const organization = this.registerEntity(
      "Organization",
      `org-${slug(name)}`,
      name,
      `${name} covered the station's operations`,
      short && short !== name ? { aliases: [short] } : {},
    );
    organization.country = country;
    organization.short = short ?? name;
    this.organizations.push(organization);
    const place = this.random.chance(0.6) ? this.recentOne(this.places, 1) : undefined;
    if (this.random.chance(0.5)) {
      this.soon(() =>
        place
          ? !!this.link(
              "LOCATED_IN",
              organization,
              place,
              (o, p) => `${o.label} has an office in ${p.label}`,
              {
                endable: true,
              },
            )
          : !!this.link(
              "LOCATED_IN",
              organization,
              country,
              (o, c) => `${o.label} is based in ${c.label}`,
            ),
      );
    }
    if (this.random.chance(0.2)) {
      this.soon(
        () =>
          !!this.link(
            "BELONGS_TO",
            organization,
            country,
            (o, c) => `${o.label} is owned by the state of ${c.label}`,
          ),
      );
    }
    return true;
  }

  private moduleStory(): boolean {
    if (this.nextRealModule < REAL_MODULES.length) {
      return this.registerModule(REAL_MODULES[this.nextRealModule++]!);
    }
    if (this.nextSyntheticModule >= SYNTHETIC_MODULE_NAMES.length) return false;
    const name = SYNTHETIC_MODULE_NAMES[this.nextSyntheticModule++]!;
    const segment = this.random.pick(
      this.segments.has("gateway") ? ["russian", "us", "gateway"] : ["russian", "us"],
    );
    return this.registerModule({
      name,
      segment: segment as ModuleSpec["segment"],
      agency: this.random.pick(["nasa", "roscosmos", "esa", "jaxa"]),
      port: this.random.chance(0.4),
    });
  }

  private registerModule(spec: ModuleSpec): boolean {
    const segment = this.segments.get(spec.segment);
    const agency = this.agencyByKey.get(spec.agency);
    if (!segment || !agency) return false;
    const station = segment.station!;
    const module = this.registerEntity(
      "Module",
      `module-${slug(spec.name)}`,
      spec.name,
      `${agency.short} attached the ${spec.name} module to the ${station.name}`,
      { aliases: [`${spec.name} module`], description: `A module of the ${segment.name}` },
    );
    module.station = station;
    module.segment = segment;
    module.agency = agency;
    module.components = [];
    module.port = spec.port;
    this.modules.push(module);
    if (spec.port) this.ports.push(module);
    this.soon(
      () =>
        !!this.link("PART_OF", module, segment, (m, s) => `${m.label} is part of ${s.label}`, {
          retractable: false,
        }),
      () => !!this.link("BELONGS_TO", module, agency, (m, a) => `${m.label} belongs to ${a.label}`),
    );
    if (this.random.chance(0.5)) this.soon(() => this.operates(agency, module));
    return true;
  }

  private componentStory(): boolean {
    const module = this.hub(this.modules, 2);
    if (!module) return false;
    const part = this.random.pick(COMPONENT_PARTS);
    const serial = ++module.componentSerial;
    const name = `${module.name} ${part} ${serial}`;
    const component = this.registerEntity(
      "Component",
      `component-${slug(module.name)}-${slug(part)}-${serial}`,
      name,
      this.random.pick([
        `Engineers inspected ${name}`,
        `The crew replaced a part of ${name} during routine maintenance`,
        `${name} was checked during a spacewalk`,
        `Flight controllers monitored ${name} from the ground`,
      ]),
      this.random.chance(0.3) ? { description: `A ${part} of the ${module.name} module` } : {},
    );
    component.module = module;
    component.retractable = true;
    module.components!.push(component);
    if (this.random.chance(0.9)) {
      this.soon(
        () =>
          !!this.link(
            "PART_OF",
            component,
            module,
            (c, m) => `${c.label} is part of the ${m.label} module`,
          ),
      );
    }
    return true;
  }

  private vehicleStory(
    family: VehicleFamily,
    times: { launch: number; dock: number; undock: number; historical?: boolean },
  ): EntityRecord {
    const serial = (this.familySerials.get(family.prefix) ?? 0) + 1;
    this.familySerials.set(family.prefix, serial);
    const name = `${family.prefix}${serial}`;
    const agency = this.agencyByKey.get(family.agency);
    const what = family.crew ? "crew ship" : "cargo ship";
    const vehicle = this.registerEntity(
      "Vehicle",
      `vehicle-${slug(name)}`,
      name,
      `${agency?.short ?? "The partners"} launched the ${what} ${name} ${spokenTime(worldTime(times.launch))}`,
      { description: `A ${what} of ${agency?.short ?? "the partners"}` },
    );
    vehicle.crewVehicle = family.crew;
    if (family.crew) this.crewVehicles.push(vehicle);
    if (this.random.chance(0.6)) this.soon(() => this.operates(agency, vehicle));
    if (this.random.chance(0.2)) {
      const owner = family.country ? this.countryByKey.get(family.country) : agency;
      this.soon(
        () =>
          !!this.link("BELONGS_TO", vehicle, owner, (v, o) => `${v.label} belongs to ${o.label}`),
      );
    }
    const port = this.random.chance(0.9) ? this.hub(this.ports, 1.5) : this.station();
    if (times.historical) {
      const validFrom = worldTime(times.dock, "month");
      const validTo = worldTime(times.undock, "month");
      this.soon(
        () =>
          !!this.link(
            "DOCKED_AT",
            vehicle,
            port,
            (v, p) =>
              `${v.label} was docked at ${p.label} from ${spokenTime(validFrom).slice(3)} to ${spokenTime(validTo).slice(3)}`,
            { validFrom, validTo, retractable: false },
          ),
      );
    } else {
      const validFrom = worldTime(times.dock);
      this.soon(() => {
        const relation = this.link(
          "DOCKED_AT",
          vehicle,
          port,
          (v, p) => `${v.label} docked at ${p.label} ${spokenTime(validFrom)}`,
          { validFrom, retractable: false },
        );
        if (relation) this.docked.push({ relation, undockDay: times.undock });
        return !!relation;
      });
    }
    return vehicle;
  }

  /** Mostly the big partners (so their agencies become hubs); crews only from countries with an agency. */
  private personCountry(crew: boolean): EntityRecord | undefined {
    if (this.random.chance(crew ? 0.9 : 0.6)) {
      const core = this.countryByKey.get(this.random.weighted(CORE_COUNTRIES));
      if (core) return core;
    }
    const country = this.hub(this.countries, 2);
    return crew && !country?.agency ? this.countryByKey.get("usa") : country;
  }

  /** Registers a person (crew or staff) and links them soon after; the person, or undefined. */
  private personStory(crew: boolean): EntityRecord | undefined {
    const country = this.personCountry(crew);
    if (!country) return undefined;
    const spec = REAL_COUNTRIES.find((c) => `country-${c.key}` === country.id);
    const names = spec?.names ?? "synthetic";
    const serial = ++this.personSerial;
    const name = `${this.random.pick(FIRST_NAMES[names])} ${this.random.pick(LAST_NAMES[names])}-${serial}`;
    const correspondent = !crew && this.organizations.length > 0 && this.random.chance(0.06);
    const role = crew
      ? country.id === "country-russia"
        ? "cosmonaut"
        : "astronaut"
      : correspondent
        ? "correspondent"
        : this.random.weighted(STAFF_ROLES);
    const employer = correspondent
      ? this.recentOne(this.organizations, 1)
      : (country.agency ?? this.hub(this.agencies));
    const employerName = employer?.short ?? employer?.name ?? "the partners";
    const person = this.registerEntity(
      "Person",
      `person-${slug(name)}`,
      name,
      crew
        ? `${name}, a ${country.short} ${role}, trained for a flight to the station`
        : this.random.pick([
            `${employerName} ${role} ${name} briefed reporters on the station's work`,
            `${name}, a ${country.short} ${role}, joined the ${employerName} team`,
            `${capitalise(role)} ${name} of ${employerName} spoke about the station`,
          ]),
      { description: `${capitalise(role)} at ${employerName}` },
    );
    person.role = role;
    person.country = country;
    person.agency = employer;
    person.retractable = !crew;
    if (crew) {
      this.astronauts.push(person);
      this.speakers.push(person);
    } else {
      this.staff.push(person);
      if (SPEAKING_ROLES.has(role)) this.speakers.push(person);
    }
    const since = worldTime(this.day - this.random.int(0, 15 * 365), "year");
    if (crew || this.random.chance(0.8)) {
      this.soon(
        () =>
          !!this.link(
            "MEMBER_OF",
            person,
            employer,
            (p, e) => `${p.label} has worked for ${e.label} since ${since}`,
            { validFrom: since, role, endable: !crew, retractable: !crew },
          ),
      );
    }
    if (crew || this.random.chance(0.25)) {
      const inferred = this.random.chance(0.3);
      this.soon(
        () =>
          !!this.link(
            "CITIZEN_OF",
            person,
            country,
            (p, c) =>
              inferred
                ? `${p.label} is ${article(country.short!)} ${country.short} national`
                : `${p.label} is a citizen of ${c.label}`,
            inferred
              ? {
                  certainty: "inferred",
                  note: `The article gives a nationality (${country.short}), not a citizenship.`,
                  retractable: !crew,
                }
              : { retractable: !crew },
          ),
      );
    }
    return person;
  }

  // ---------------------------------------------------------------------------------------------
  // Relations on their own
  // ---------------------------------------------------------------------------------------------

  private freeRelation(): boolean {
    const free: readonly (readonly [RelationType, number])[] = [
      ["COOPERATES_WITH", 30],
      ["MEMBER_OF", 15],
      ["OPERATES", 8],
      ["BELONGS_TO", 6],
      ["LOCATED_IN", 10],
      ["CREW_OF", 10],
      ["ATTRIBUTED_TO", 8],
      ["FOLLOWED", 6],
      ["MILITARY_ACTIONS_IN", 2],
      ["CITIZEN_OF", 5],
    ];
    const unseen = free.find(([type]) => this.unseenRelations.has(type))?.[0];
    for (let attempt = 0; attempt < 6; attempt++) {
      const type = attempt === 0 && unseen ? unseen : this.random.weighted(free);
      if (this.tryFreeRelation(type)) return true;
    }
    return false;
  }

  private tryFreeRelation(type: RelationType): boolean {
    const r = this.random;
    switch (type) {
      case "COOPERATES_WITH":
        return r.chance(0.7)
          ? this.cooperation(this.hub(this.agencies, 1.5), this.hub(this.agencies, 1.5))
          : this.cooperation(this.hub(this.countries, 1.5), this.hub(this.countries, 1.5));
      case "MEMBER_OF": {
        const person = this.recentOne(this.staff);
        const since = worldTime(this.day, "year");
        return !!this.link(
          "MEMBER_OF",
          person,
          r.chance(0.5) ? this.recentOne(this.organizations, 1) : this.hub(this.agencies),
          (p, o) => `${p.label} also joined ${o.label} ${spokenTime(since)}`,
          { validFrom: since, role: "adviser", endable: true },
        );
      }
      case "OPERATES":
        return this.operates(this.hub(this.agencies), this.hub(this.modules, 1.5));
      case "BELONGS_TO":
        return !!this.link(
          "BELONGS_TO",
          this.hub(this.modules, 1.5),
          this.hub(this.countries, 2),
          (m, c) => `${m.label} is owned in part by ${c.label}`,
          { endable: true },
        );
      case "LOCATED_IN":
        return !!this.link(
          "LOCATED_IN",
          this.recentOne(this.organizations, 1),
          this.recentOne(this.places, 1),
          (o, p) => `${o.label} opened a bureau in ${p.label}`,
          { endable: true },
        );
      case "CREW_OF": {
        const validFrom = worldTime(this.day - r.int(30, 2000), "year");
        return !!this.link(
          "CREW_OF",
          this.recentOne(this.astronauts, 1),
          this.recentOne(this.crewVehicles, 1),
          (p, v) => `${p.label} also flew aboard ${v.label} ${spokenTime(validFrom)}`,
          { validFrom, validTo: validFrom },
        );
      }
      case "ATTRIBUTED_TO": {
        const incident = this.openIncident();
        return !!this.link(
          "ATTRIBUTED_TO",
          incident,
          incident?.module?.agency ?? this.hub(this.agencies),
          (i, a) => `Reports of ${i.label} came from ${a.label}`,
          {
            certainty: "inferred",
            note: "The article names no source; the agency runs the hardware.",
          },
        );
      }
      case "FOLLOWED": {
        const a = this.openIncident();
        const b = this.openIncident();
        if (!a || !b || a === b) return false;
        const [later, earlier] =
          firstDayOf(a.occurredAt) >= firstDayOf(b.occurredAt) ? [a, b] : [b, a];
        return !!this.link(
          "FOLLOWED",
          later,
          earlier,
          (l, e) => `${capitalise(l.label)} followed ${e.label}`,
        );
      }
      case "MILITARY_ACTIONS_IN": {
        const russia = this.countryByKey.get("russia");
        const ukraine = this.countryByKey.get("ukraine");
        const first =
          ukraine &&
          !this.relationKeys.has(hashId(`${russia?.id}-military-actions-in-${ukraine.id}`));
        return !!this.link(
          "MILITARY_ACTIONS_IN",
          first ? russia : this.hub(this.countries),
          first ? ukraine : this.hub(this.countries, 1),
          (a, b) =>
            `${a.label}'s military actions in ${b.label} strained cooperation on the station`,
        );
      }
      case "CITIZEN_OF": {
        const person = this.recentOne(this.staff);
        return !!this.link(
          "CITIZEN_OF",
          person,
          person?.country,
          (p, c) => `${p.label} holds the citizenship of ${c.label}`,
        );
      }
      default:
        return false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Incidents and their updates
  // ---------------------------------------------------------------------------------------------

  private incidentStory(): boolean {
    const module = this.hub(this.modules, 2.5);
    if (!module) return false;
    const r = this.random;
    const unseen = [...this.unseenIncidentKinds][0];
    const kind =
      unseen ??
      r.weighted<IncidentKind>([
        ["AIR_LEAK", 25],
        ["COOLANT_LEAK", 25],
        ["DEFECT", 35],
        ["OTHER", 15],
      ]);
    this.unseenIncidentKinds.delete(kind);
    const roll = r.float();
    const component = roll < 0.55 ? this.recentOne(module.components ?? [], 1) : undefined;
    const docked =
      roll >= 0.85 && roll < 0.95 && this.docked.length > 0
        ? r.pick(this.docked).relation
        : undefined;
    let target: EntityRecord = module;
    let affected: EntityRecord[] = [module];
    if (component) {
      target = component;
      affected = [component, module];
    } else if (docked && docked.from.alive) {
      target = docked.from as EntityRecord;
      affected = [target];
    } else if (roll >= 0.95 && module.segment) {
      affected = [module, module.segment];
    }
    const onModule = affected.includes(module) ? module : undefined;
    const phrase = r.pick(INCIDENT_PHRASES[kind]);
    const occurredAt = this.when(this.day - r.int(0, 20), [
      ["day", 6],
      ["month", 3],
      ["year", 1],
    ]);
    const reporter = r.chance(0.8) ? (module.agency ?? this.hub(this.agencies)) : undefined;
    const serial = ++this.incidentSerial;
    const id = `${slug(onModule ? module.name : target.name)}-${slug(phrase)}-${serial}`;
    const title = capitalise(`${phrase} in ${target.name}`);
    const incident = new IncidentRecord(
      id,
      kind,
      phrase,
      target,
      affected,
      title,
      occurredAt,
      onModule,
      reporter,
      this.articleIndex,
    );
    const who = reporter?.short ?? "flight controllers";
    const sentence = r.pick([
      `${capitalise(who)} reported ${article(phrase)} ${phrase} in ${target.name} ${spokenTime(occurredAt)}`,
      `${capitalise(spokenTime(occurredAt))}, ${article(phrase)} ${phrase} was detected in ${target.name}, ${who} said`,
      `Crews found ${article(phrase)} ${phrase} in ${target.name} ${spokenTime(occurredAt)}, according to ${who}`,
    ]);
    this.state("incident", sentence, (source) => ({
      type: "ReportIncident",
      incidentId: id,
      kind,
      title,
      description: r.chance(0.5)
        ? `${capitalise(article(phrase))} ${phrase} affecting ${affected.map((a) => a.name).join(" and ")}.`
        : undefined,
      occurredAt,
      affected: affected.map((a) => a.id),
      reportedBy: reporter ? [reporter.id] : undefined,
      source,
    }));
    this.leadTitle ??= title;
    this.remember(incident);
    this.openIncidents[this.openIncidentCount++ % OPEN_INCIDENTS] = incident;
    if (onModule) {
      module.incidents++;
      const previous = module.lastIncident;
      module.lastIncident = incident;
      if (previous && r.chance(0.2)) {
        this.soon(
          () =>
            !!this.link(
              "FOLLOWED",
              incident,
              previous,
              (i, p) => `${capitalise(i.label)} came after ${p.label}`,
            ),
        );
      }
    }
    if (reporter && r.chance(0.06)) {
      this.soon(
        () =>
          !!this.link(
            "ATTRIBUTED_TO",
            incident,
            reporter,
            (i, a) => `The first word of ${i.label} came from ${a.label}`,
          ),
      );
    }
    return true;
  }

  private incidentUpdate(): boolean {
    const incident = this.openIncident();
    if (!incident) return false;
    const r = this.random;
    const leak = incident.kind === "AIR_LEAK" || incident.kind === "COOLANT_LEAK";
    const unseen = [...this.unseenUpdateKinds].find(
      (k) =>
        (leak || (k !== "LEAK_POINT_FOUND" && k !== "LEAK_INCREASED")) &&
        !(k === "CAUSE_DETERMINED" && incident.causeKnown),
    );
    const kind =
      unseen ??
      r.weighted<IncidentUpdateKind>(
        leak
          ? [
              ["SOURCE_LOCATED", 20],
              ["REPAIR_ATTEMPTED", 25],
              ["LEAK_POINT_FOUND", 15],
              ["LEAK_INCREASED", 10],
              ["CAUSE_DETERMINED", incident.causeKnown ? 0 : 15],
              ["STATUS_CONFIRMED", 15],
            ]
          : [
              ["SOURCE_LOCATED", 15],
              ["REPAIR_ATTEMPTED", 35],
              ["CAUSE_DETERMINED", incident.causeKnown ? 0 : 20],
              ["STATUS_CONFIRMED", 30],
            ],
      );
    this.unseenUpdateKinds.delete(kind);
    incident.updates++;
    const first = firstDayOf(incident.occurredAt);
    const day = Math.max(first, this.day - r.int(0, 10));
    const occurredAt = r.chance(0.8)
      ? this.when(day, [
          ["day", 7],
          ["month", 3],
        ])
      : undefined;
    const when = occurredAt ? ` ${spokenTime(occurredAt)}` : "";
    const target = incident.target.name;
    const reporter = r.chance(0.5) ? incident.reporter : undefined;
    let cause: string | undefined;
    let ruledOut: string | undefined;
    let likelihood: string | undefined;
    let sentence: string;
    let description: string;
    switch (kind) {
      case "SOURCE_LOCATED":
        likelihood = r.pick(["believed", "likely", "confirmed"]);
        sentence = `Crew members located what they ${likelihood === "confirmed" ? "confirmed" : "believed"} to be the source of the ${incident.phrase} in ${target}${when}`;
        description = `The crew located the likely source of the ${incident.phrase}.`;
        break;
      case "REPAIR_ATTEMPTED":
        sentence = `The crew attempted to repair the ${incident.phrase} in ${target}${when}`;
        description = `The crew attempted a repair.`;
        break;
      case "LEAK_POINT_FOUND":
        likelihood = "possible";
        sentence = `Another possible leak point was found near ${target}${when}`;
        description = `Another possible leak point was found.`;
        break;
      case "LEAK_INCREASED":
        sentence = `The ${incident.phrase} in ${target} increased${when}, but remained small`;
        description = `The leak increased but remained small.`;
        break;
      case "CAUSE_DETERMINED":
        cause = r.pick(CAUSES);
        ruledOut = r.chance(0.4) ? CAUSES.find((c) => c !== cause) : undefined;
        likelihood = r.pick(["likely", "confirmed"]);
        incident.causeKnown = true;
        sentence = `An investigation found that the ${incident.phrase} in ${target} ${likelihood === "likely" ? "likely " : ""}resulted from ${cause}${ruledOut ? `, not ${ruledOut}` : ""}`;
        description = `The investigation named the cause: ${cause}.`;
        break;
      case "STATUS_CONFIRMED":
        sentence = `Officials confirmed${when} that the ${incident.phrase} in ${target} was under control`;
        description = `The ${incident.phrase} was under control.`;
        break;
    }
    this.state("update", sentence, (source) => ({
      type: "RecordIncidentUpdate",
      incidentId: incident.id,
      updateId: `${slug(kind)}-${incident.updates}`,
      kind,
      description,
      occurredAt,
      cause,
      ruledOut,
      likelihood,
      reportedBy: reporter?.alive ? [reporter.id] : undefined,
      source,
    }));
    if (occurredAt)
      incident.firstUpdateDay = Math.min(incident.firstUpdateDay, firstDayOf(occurredAt));
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Statements
  // ---------------------------------------------------------------------------------------------

  private statementStory(): boolean {
    const r = this.random;
    const incident = r.chance(0.6) ? this.openIncident() : undefined;
    const module = incident?.module ?? this.hub(this.modules, 2);
    if (!module) return false;
    const unseen = [...this.unseenStatementKinds][0];
    const kind = unseen ?? r.pick(STATEMENT_KINDS);
    this.unseenStatementKinds.delete(kind);
    const target = incident?.target ?? module;
    const clause = r.pick(STATEMENT_CLAUSES[kind]).replace("{target}", target.name);
    const person = r.chance(0.7) ? this.recentOne(this.speakers, 1.5) : undefined;
    const agency = person?.agency ?? module.agency ?? this.hub(this.agencies);
    if (!agency) return false;
    const description = person
      ? undefined
      : `${agency.country?.short ?? agency.short} space officials`;
    const speaker = person ? `${agency.short} ${person.role} ${person.name}` : description!;
    const about: (EntityRecord | IncidentRecord)[] = incident
      ? r.chance(0.3) && incident.module
        ? [incident, incident.module]
        : [incident]
      : [module];
    const carrier = r.chance(0.5) ? this.recentOne(this.organizations, 1) : undefined;
    const occurredAt = worldTime(this.day - r.int(0, 1));
    const serial = ++this.statementSerial;
    const id = `${slug(agency.short ?? "officials")}-statement-${serial}`;
    const statement = new StatementRecord(id, kind, speaker, clause, about, this.articleIndex);
    this.state(
      "statement",
      `${speaker} said ${spokenTime(occurredAt)} that ${clause}${carrier ? `, ${carrier.name} reported` : ""}`,
      (source) => ({
        type: "RecordStatement",
        statementId: id,
        kind,
        text: `${capitalise(clause)}.`,
        speakers: person ? [person.id] : undefined,
        speakerDescription: description,
        occurredAt,
        about: about.map((a) => a.id),
        carriedBy: carrier ? [carrier.id] : undefined,
        source,
      }),
    );
    this.remember(statement);
    if (description && r.chance(0.8)) {
      this.soon(
        () =>
          !!this.link(
            "ATTRIBUTED_TO",
            statement,
            agency,
            (_s, a) =>
              `The remarks of ${description} ${spokenTime(occurredAt)} came from ${a.label}`,
            {
              certainty: "inferred",
              note: `The article quotes ${description}; ${agency.short} is the agency they speak for.`,
            },
          ),
      );
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Later articles on earlier facts: corroborations, corrections, retractions
  // ---------------------------------------------------------------------------------------------

  private corroboration(): boolean {
    for (let attempt = 0; attempt < 8; attempt++) {
      const fact = this.earlierFact();
      if (!fact) return false;
      if (this.writer.corroborated.has(fact.factId)) continue;
      this.writer.corroborated.add(fact.factId);
      const outlet = this.recentOne(this.organizations, 1)?.name ?? this.writer.publisher.name;
      const summary = summaryOf(fact);
      this.state(
        "corroboration",
        this.random.pick([
          `${outlet} also reported that ${summary}`,
          `Separately, ${outlet} confirmed that ${summary}`,
          `As ${outlet} reported before, ${summary}`,
        ]),
        (source) => ({ type: "CorroborateFact", factId: fact.factId, source }),
      );
      return true;
    }
    return false;
  }

  private correction(): boolean {
    for (let attempt = 0; attempt < 8; attempt++) {
      const fact = this.earlierFact();
      if (!fact) return false;
      if (this.tryCorrection(fact)) return true;
    }
    return false;
  }

  private tryCorrection(fact: FactRecord): boolean {
    const r = this.random;
    switch (fact.category) {
      case "entity": {
        if (r.chance(0.6)) {
          const descriptor = summaryOf(fact).slice(fact.name.length + 4);
          const description = capitalise(`${descriptor}, as of ${worldTime(this.day, "month")}`);
          if (description === fact.description) return false;
          fact.description = description;
          return this.correct(
            fact,
            `An earlier report described ${fact.name} wrongly: it is ${descriptor}`,
            { description },
            "The earlier description was wrong.",
          );
        }
        const alias = aliasOf(fact);
        if (alias === fact.name || fact.aliases.includes(alias)) return false;
        fact.aliases = [...fact.aliases, alias];
        return this.correct(
          fact,
          `${fact.name} is also known as ${alias}`,
          { aliases: fact.aliases },
          "The earlier report left out a name it is known by.",
        );
      }
      case "relation": {
        const ending = ENDINGS[fact.type];
        if (!fact.endable || fact.validTo || !ending) return false;
        const validTo = this.when(this.day, [
          ["day", 1],
          ["month", 1],
        ]);
        fact.validTo = validTo;
        return this.correct(
          fact,
          `${fact.from.label} ${ending} ${fact.to.label} ${spokenTime(validTo)}`,
          { validTo },
          "A later report says the relation has ended.",
        );
      }
      case "incident": {
        if (r.chance(0.5)) {
          const adjective = r.pick(TITLE_ADJECTIVES);
          const title = `${adjective} ${fact.phrase} in ${fact.target.name}`;
          if (title === fact.title) return false;
          fact.title = title;
          return this.correct(
            fact,
            `Officials later described ${fact.label} as ${article(adjective)} ${adjective.toLowerCase()} ${fact.phrase}`,
            { title },
            "Officials gave a more precise account of the incident.",
          );
        }
        const first = firstDayOf(fact.occurredAt);
        const latest = Math.min(this.day, fact.firstUpdateDay);
        const occurredAt =
          fact.occurredAt.length < 10
            ? worldTime(
                first +
                  r.int(
                    0,
                    Math.max(0, Math.min(latest - first, fact.occurredAt.length === 4 ? 364 : 27)),
                  ),
              )
            : worldTime(first - r.int(1, 5));
        if (occurredAt === fact.occurredAt) return false;
        fact.occurredAt = occurredAt;
        return this.correct(
          fact,
          `${capitalise(fact.label)} in fact began ${spokenTime(occurredAt)}`,
          { occurredAt },
          "A later report dated the incident more precisely.",
        );
      }
      case "statement": {
        const station = this.station();
        const module = fact.about.find(
          (a): a is IncidentRecord => a.category === "incident",
        )?.module;
        const added = module && !fact.about.includes(module) ? module : station;
        if (fact.about.includes(added) || !added.alive || !fact.about.every(alive)) return false;
        fact.about = [...fact.about, added];
        return this.correct(
          fact,
          `The remarks of ${fact.speaker} also concerned ${added.label}`,
          { about: fact.about.map((a) => a.id) },
          "The earlier report left out what else the statement was about.",
        );
      }
    }
  }

  private retraction(): boolean {
    const r = this.random;
    for (let attempt = 0; attempt < 8; attempt++) {
      const fact = this.earlierFact();
      if (!fact) return false;
      const retractable =
        fact.category === "relation"
          ? fact.retractable
          : fact.category === "statement"
            ? true
            : fact.category === "incident"
              ? r.chance(0.1)
              : fact.retractable && r.chance(0.3);
      if (!retractable) continue;
      const summary = summaryOf(fact);
      fact.retracted = true;
      if (fact.category === "incident" && fact.module) fact.module.incidents--;
      if (
        fact.category === "relation" &&
        fact.type === "MEMBER_OF" &&
        fact.to.category === "entity"
      ) {
        fact.to.members--;
      }
      this.state(
        "retraction",
        `${this.writer.publisher.short} withdrew an earlier report that ${summary}`,
        (source) => ({
          type: "RetractFact",
          factId: fact.factId,
          reason: r.pick(RETRACTION_REASONS),
          source,
        }),
      );
      return true;
    }
    return false;
  }
}

const RELATION_SLUGS = Object.fromEntries(RELATION_TYPE_NAMES.map((t) => [t, slug(t)])) as Record<
  RelationType,
  string
>;

/** A 53-bit hash of an id (two 32-bit FNV-1a), to remember many ids in little memory. */
function hashId(id: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + (b >>> 11);
}

function alive(item: { alive: boolean }): boolean {
  return item.alive;
}

function maxBy<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const item of items) {
    const value = score(item);
    if (value > bestScore) {
      best = item;
      bestScore = value;
    }
  }
  return best;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function article(word: string): string {
  return /^[aeiouAEIOU]/.test(word) ? "an" : "a";
}

function aliasOf(entity: EntityRecord): string {
  switch (entity.kind) {
    case "Person": {
      const [first, ...rest] = entity.name.split(" ");
      return `${first!.charAt(0)}. ${rest.join(" ")}`;
    }
    case "Module":
      return `the ${entity.name} block`;
    case "Vehicle":
      return `the ${entity.name} spacecraft`;
    default:
      return `${entity.name} (${entity.country?.name ?? "station programme"})`;
  }
}
