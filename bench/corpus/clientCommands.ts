import type { Command } from "../../src/catalogue/commands";
import type { RelationType } from "../../src/domain/relationTypes";
import type { Source } from "../../src/domain/source";
import { INCIDENT_UPDATE_KINDS, STATEMENT_KINDS } from "../../src/domain/vocabulary";
import { ArticleWriter } from "./ArticleWriter";
import { spokenTime, worldTime } from "./corpusCalendar";
import { CorpusRandom } from "./CorpusRandom";
import { summaryOf, type EntityRecord, type FactRecord } from "./corpusRecords";
import { article, capitalise, type FinalWorld } from "./CorpusGenerator";
import {
  CAUSES,
  COMPONENT_PARTS,
  FIRST_NAMES,
  LAST_NAMES,
  REAL_NEWS_AGENCIES,
  STAFF_ROLES,
} from "./corpusVocabulary";

const REVISED_ADJECTIVES = ["Slow", "Minor", "Persistent", "Intermittent"];

/** Facts per client article: each client registers an article of its own, then cites it. */
const FACTS_PER_ARTICLE = 24;

interface Own {
  id: string;
  factId: string;
  name: string;
  retracted: boolean;
  /** The article that stated it: a corroboration cites another one. */
  batch: number;
}
interface OwnEntity extends Own {
  kind: "Person" | "Component";
  description: string;
  revisions: number;
  /** Component: its module; person: their agency. */
  module?: EntityRecord;
  agency?: EntityRecord;
  linked?: boolean;
}
interface OwnRelation extends Own {
  ended: boolean;
}
interface OwnIncident extends Own {
  target: string;
  revisions: number;
}

/**
 * `count` commands for one benchmark client after the corpus: articles of its own and the
 * facts they cite. They reference only what the corpus leaves current, which no client
 * changes, and what this client created itself, under ids and names carrying its number; so
 * any interleaving of several clients' commands is accepted, each client's in its own order.
 * Nothing in the corpus's world is modified (it is shared by every client).
 */
export function clientCommands(
  world: FinalWorld,
  seed: number,
  client: number,
  count: number,
): Command[] {
  return new ClientStory(world, new CorpusRandom(seed, client + 1), client).commands(count);
}

class ClientStory {
  private readonly entities: OwnEntity[] = [];
  private readonly relations: OwnRelation[] = [];
  private readonly incidents: OwnIncident[] = [];
  private readonly statements: Own[] = [];
  private serial = 0;
  private batch = 0;
  private writer!: ArticleWriter;
  private day = 0;

  constructor(
    private readonly world: FinalWorld,
    private readonly random: CorpusRandom,
    private readonly client: number,
  ) {}

  commands(count: number): Command[] {
    const commands: Command[] = [];
    while (commands.length < count) {
      this.batch++;
      this.day = this.world.lastDay + this.batch;
      const publishedOn = worldTime(this.day);
      this.writer = new ArticleWriter(
        `synthetic-client-${this.client}-${String(this.batch).padStart(6, "0")}`,
        publishedOn,
        this.random.pick(REAL_NEWS_AGENCIES),
        "Houston",
      );
      for (let i = 0; i < FACTS_PER_ARTICLE; i++) this.next();
      const bundle = this.writer.finish(
        `Station desk ${this.client}, ${spokenTime(publishedOn).slice(3)}`,
      );
      commands.push(bundle.article, ...bundle.facts.map((f) => f.command));
    }
    return commands.slice(0, count);
  }

  private id(kind: string): string {
    return `client-${this.client}-${kind}-${++this.serial}`;
  }

  private say(sentence: string, command: (source: Source) => Command): true {
    this.writer.add(command(this.writer.cite(sentence)));
    return true;
  }

  private next(): void {
    for (let attempt = 0; attempt < 10; attempt++) {
      const kind = this.random.weighted([
        ["person", 15],
        ["component", 10],
        ["link", 30],
        ["incident", 10],
        ["update", 10],
        ["statement", 8],
        ["corroboration", 7],
        ["correction", 6],
        ["retraction", 4],
      ] as const);
      if (this[kind]()) return;
    }
    this.person();
  }

  private own<T extends Own>(
    items: readonly T[],
    usable: (item: T) => boolean = () => true,
  ): T | undefined {
    for (let attempt = 0; attempt < 6 && items.length > 0; attempt++) {
      const item = this.random.pick(items);
      if (!item.retracted && usable(item)) return item;
    }
    return undefined;
  }

  private person(): boolean {
    const agency = this.random.pick(this.world.agencies);
    const role = this.random.weighted(STAFF_ROLES);
    const group = this.random.pick(["ru", "us", "jp", "eu"] as const);
    const id = this.id("person");
    const first = this.random.pick(FIRST_NAMES[group]);
    const name = `${first} ${this.random.pick(LAST_NAMES[group])}-c${this.client}-${this.serial}`;
    const description = `${capitalise(role)} at ${agency.short ?? agency.name}`;
    this.entities.push({
      ...this.fresh(id, "entity", name),
      kind: "Person",
      description,
      revisions: 0,
      agency,
    });
    return this.say(
      `${agency.short ?? agency.name} ${role} ${name} spoke to reporters about the station`,
      (source) => ({
        type: "RegisterEntity",
        entityId: id,
        kind: "Person",
        name,
        description,
        source,
      }),
    );
  }

  private component(): boolean {
    const module = this.random.pick(this.world.modules);
    const id = this.id("component");
    const name = `${module.name} spare ${this.random.pick(COMPONENT_PARTS)} c${this.client}-${this.serial}`;
    const description = `A spare part stowed in ${module.name}`;
    this.entities.push({
      ...this.fresh(id, "entity", name),
      kind: "Component",
      description,
      revisions: 0,
      module,
    });
    return this.say(`A cargo ship delivered ${name} to the ${module.name} module`, (source) => ({
      type: "RegisterEntity",
      entityId: id,
      kind: "Component",
      name,
      description,
      source,
    }));
  }

  private fresh(id: string, category: string, name: string): Own {
    return { id, factId: `${category}-${id}`, name, retracted: false, batch: this.batch };
  }

  private link(): boolean {
    const entity = this.own(this.entities);
    const id = this.id("relation");
    const relation = (
      type: RelationType,
      from: { id: string; name: string },
      to: { id: string; name: string },
      sentence: string,
      validFrom?: string,
    ) => {
      const name = `the link between ${from.name} and ${to.name}`;
      this.relations.push({ ...this.fresh(id, "relation", name), ended: false });
      return this.say(sentence, (source) => ({
        type: "LinkEntities",
        relationId: id,
        relation: type,
        from: from.id,
        to: to.id,
        validFrom,
        source,
      }));
    };
    if (entity?.kind === "Component" && entity.module && !entity.linked) {
      entity.linked = true;
      const module = entity.module;
      return relation(
        "PART_OF",
        entity,
        module,
        `${entity.name} is now part of the ${module.name} module`,
      );
    }
    if (entity?.kind === "Person" && entity.agency && !entity.linked) {
      entity.linked = true;
      const agency = entity.agency;
      const since = worldTime(this.day, "year");
      return relation(
        "MEMBER_OF",
        entity,
        agency,
        `${entity.name} has worked for ${agency.name} since ${since}`,
        since,
      );
    }
    if (entity?.kind === "Person") {
      const country = this.random.pick(this.world.countries);
      return relation(
        "CITIZEN_OF",
        entity,
        country,
        `${entity.name} is a citizen of ${country.name}`,
      );
    }
    const a = this.random.pick(this.world.agencies);
    const b = this.random.pick(this.world.agencies);
    if (a === b) return false;
    const since = worldTime(this.day, "year");
    return relation(
      "COOPERATES_WITH",
      a,
      b,
      `${a.short ?? a.name} and ${b.short ?? b.name} renewed their cooperation on the station ${spokenTime(since)}`,
      since,
    );
  }

  private incident(): boolean {
    const component = this.own(this.entities, (e) => e.kind === "Component");
    const module = component?.module ?? this.random.pick(this.world.modules);
    const target = component?.name ?? module.name;
    const id = this.id("incident");
    const name = `the pressure drop in ${target}`;
    this.incidents.push({ ...this.fresh(id, "incident", name), target, revisions: 0 });
    const occurredAt = worldTime(this.day);
    return this.say(
      `Flight controllers saw a pressure drop in ${target} ${spokenTime(occurredAt)}`,
      (source) => ({
        type: "ReportIncident",
        incidentId: id,
        kind: "AIR_LEAK",
        title: `Pressure drop in ${target}`,
        occurredAt,
        affected: component ? [component.id, module.id] : [module.id],
        reportedBy: module.agency ? [module.agency.id] : undefined,
        source,
      }),
    );
  }

  private update(): boolean {
    const own = this.own(this.incidents);
    const corpus =
      own || this.world.incidents.length === 0 ? undefined : this.random.pick(this.world.incidents);
    const incidentId = own?.id ?? corpus?.id;
    const target = own?.target ?? corpus?.target.name;
    if (!incidentId) return false;
    const kind = this.random.pick(INCIDENT_UPDATE_KINDS);
    const progress = kind.toLowerCase().replace(/_/g, " ");
    const updateId = `client-${this.client}-update-${++this.serial}`;
    return this.say(
      `Engineers reported progress on the problem in ${target}: ${progress}`,
      (source) => ({
        type: "RecordIncidentUpdate",
        incidentId,
        updateId,
        kind,
        description: `Progress on the problem in ${target}: ${progress}.`,
        occurredAt: worldTime(this.day),
        cause: kind === "CAUSE_DETERMINED" ? this.random.pick(CAUSES) : undefined,
        source,
      }),
    );
  }

  private statement(): boolean {
    const own = this.own(this.entities, (e) => e.kind === "Person");
    const speaker =
      own ?? (this.world.persons.length > 0 ? this.random.pick(this.world.persons) : undefined);
    const incident =
      this.world.incidents.length > 0 && this.random.chance(0.5)
        ? this.random.pick(this.world.incidents)
        : undefined;
    const module = this.random.pick(this.world.modules);
    const id = this.id("statement");
    const who = speaker?.name ?? "Station officials";
    this.statements.push(this.fresh(id, "statement", `the remarks of ${who}`));
    const clause = `the work on ${incident ? incident.target.name : module.name} was going to plan`;
    return this.say(`${who} said that ${clause}`, (source) => ({
      type: "RecordStatement",
      statementId: id,
      kind: this.random.pick(STATEMENT_KINDS),
      text: `${capitalise(clause)}.`,
      speakers: speaker ? [speaker.id] : undefined,
      speakerDescription: speaker ? undefined : who,
      occurredAt: worldTime(this.day),
      about: [incident?.id ?? module.id],
      source,
    }));
  }

  private corroboration(): boolean {
    const own = this.random.chance(0.4)
      ? this.own<Own>(
          [...this.entities, ...this.relations, ...this.incidents, ...this.statements],
          (f) => f.batch < this.batch,
        )
      : undefined;
    const corpus: FactRecord | undefined =
      own || this.world.facts.length === 0 ? undefined : this.random.pick(this.world.facts);
    const factId = own?.factId ?? corpus?.factId;
    if (!factId || this.writer.corroborated.has(factId)) return false;
    this.writer.corroborated.add(factId);
    const summary = own
      ? `its earlier report on ${own.name} was right (${own.id})`
      : summaryOf(corpus!);
    return this.say(`Desk ${this.client} confirmed that ${summary}`, (source) => ({
      type: "CorroborateFact",
      factId,
      source,
    }));
  }

  private correction(): boolean {
    const roll = this.random.float();
    if (roll < 0.5) {
      const entity = this.own(this.entities);
      if (!entity) return false;
      const description = `${entity.description} (revision ${++entity.revisions})`;
      return this.say(
        `Desk ${this.client} corrected its description of ${entity.name}`,
        (source) => ({
          type: "CorrectFact",
          factId: entity.factId,
          changes: { description },
          reason: "The earlier description was incomplete.",
          source,
        }),
      );
    }
    if (roll < 0.75) {
      const incident = this.own(this.incidents);
      if (!incident) return false;
      // Consecutive revisions differ: the adjective changes each time.
      const adjective = REVISED_ADJECTIVES[incident.revisions++ % REVISED_ADJECTIVES.length]!;
      return this.say(
        `Desk ${this.client} now calls ${incident.name} ${article(adjective)} ${adjective.toLowerCase()} one`,
        (source) => ({
          type: "CorrectFact",
          factId: incident.factId,
          changes: { title: `${adjective} pressure drop in ${incident.target}` },
          reason: "Officials gave a more precise account.",
          source,
        }),
      );
    }
    const relation = this.own(this.relations, (r) => !r.ended);
    if (!relation) return false;
    relation.ended = true;
    const validTo = worldTime(this.day);
    return this.say(
      `Desk ${this.client} learnt that ${relation.name} ended ${spokenTime(validTo)}`,
      (source) => ({
        type: "CorrectFact",
        factId: relation.factId,
        changes: { validTo },
        reason: "A later report says it has ended.",
        source,
      }),
    );
  }

  private retraction(): boolean {
    const fact = this.random.chance(0.5) ? this.own(this.statements) : this.own(this.relations);
    if (!fact) return false;
    fact.retracted = true;
    return this.say(`Desk ${this.client} withdrew its report of ${fact.name}`, (source) => ({
      type: "RetractFact",
      factId: fact.factId,
      reason: "The desk could not confirm it.",
      source,
    }));
  }
}
