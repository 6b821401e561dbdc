import type { Command } from "../../src/domain/commands";
import type { Source } from "../../src/domain/source";
import { INCIDENT_UPDATE_KINDS, STATEMENT_KINDS } from "../../src/domain/vocabulary";
import { ArticleWriter } from "./ArticleWriter";
import { spokenTime, worldTime } from "./corpusCalendar";
import { CorpusRandom } from "./CorpusRandom";
import {
  summaryOf,
  type EntityRecord,
  type FactRecord,
  type IncidentRecord,
} from "./corpusRecords";
import { capitalise, type FinalWorld } from "./CorpusGenerator";
import {
  CAUSES,
  COMPONENT_PARTS,
  FIRST_NAMES,
  LAST_NAMES,
  REAL_NEWS_AGENCIES,
  STAFF_ROLES,
} from "./corpusVocabulary";

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
  module?: EntityRecord;
  member?: boolean;
}
interface OwnRelation extends Own {
  ended: boolean;
}
interface OwnIncident extends Own {
  target: string;
  title: string;
  updates: number;
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
    const name = `${this.random.pick(FIRST_NAMES[group])} ${this.random.pick(LAST_NAMES[group])}-c${this.client}-${this.serial}`;
    const description = `${capitalise(role)} at ${agency.short ?? agency.name}`;
    this.entities.push({
      id,
      factId: `entity-${id}`,
      name,
      retracted: false,
      batch: this.batch,
      kind: "Person",
      description,
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
      id,
      factId: `entity-${id}`,
      name,
      retracted: false,
      batch: this.batch,
      kind: "Component",
      description,
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

  private link(): boolean {
    const entity = this.own(this.entities);
    const id = this.id("relation");
    const relation = (
      relation: string,
      from: string,
      to: string,
      sentence: string,
      validFrom?: string,
    ) => {
      const name = `the ${relation.toLowerCase().replace(/_/g, " ")} link ${id}`;
      this.relations.push({
        id,
        factId: `relation-${id}`,
        name,
        retracted: false,
        batch: this.batch,
        ended: false,
      });
      return this.say(sentence, (source) => ({
        type: "LinkEntities",
        relationId: id,
        relation,
        from,
        to,
        validFrom,
        source,
      }));
    };
    if (entity?.kind === "Component" && entity.module && !entity.member) {
      entity.member = true;
      return relation(
        "PART_OF",
        entity.id,
        entity.module.id,
        `${entity.name} is now part of the ${entity.module.name} module`,
      );
    }
    if (entity?.kind === "Person" && !entity.member) {
      entity.member = true;
      const agency = this.random.pick(this.world.agencies);
      const since = worldTime(this.day, "year");
      return relation(
        "MEMBER_OF",
        entity.id,
        agency.id,
        `${entity.name} has worked for ${agency.name} since ${since}`,
        since,
      );
    }
    if (entity?.kind === "Person") {
      const country = this.random.pick(this.world.countries);
      return relation(
        "CITIZEN_OF",
        entity.id,
        country.id,
        `${entity.name} is a citizen of ${country.name} (desk ${this.client}, item ${this.serial})`,
      );
    }
    const a = this.random.pick(this.world.agencies);
    const b = this.random.pick(this.world.agencies);
    if (a === b) return false;
    const since = worldTime(this.day, "year");
    return relation(
      "COOPERATES_WITH",
      a.id,
      b.id,
      `${a.short ?? a.name} and ${b.short ?? b.name} renewed their cooperation (desk ${this.client}, item ${this.serial})`,
      since,
    );
  }

  private incident(): boolean {
    const component = this.own(this.entities, (e) => e.kind === "Component");
    const module = component?.module ?? this.random.pick(this.world.modules);
    const target = component?.name ?? module.name;
    const id = this.id("incident");
    const title = `Pressure drop in ${target} (desk ${this.client}, item ${this.serial})`;
    this.incidents.push({
      id,
      factId: `incident-${id}`,
      name: title,
      retracted: false,
      batch: this.batch,
      target,
      title,
      updates: 0,
    });
    const occurredAt = worldTime(this.day);
    return this.say(
      `Flight controllers saw a pressure drop in ${target} ${spokenTime(occurredAt)}, desk ${this.client} item ${this.serial}`,
      (source) => ({
        type: "ReportIncident",
        incidentId: id,
        kind: "AIR_LEAK",
        title,
        occurredAt,
        affected: component ? [component.id, module.id] : [module.id],
        reportedBy: module.agency ? [module.agency.id] : undefined,
        source,
      }),
    );
  }

  private update(): boolean {
    const own = this.own(this.incidents);
    const corpus = own
      ? undefined
      : this.random.pick(this.world.incidents.length > 0 ? this.world.incidents : [undefined]);
    if (!own && !corpus) return false;
    const incidentId = own?.id ?? corpus!.id;
    const target = own?.target ?? corpus!.target.name;
    if (own) own.updates++;
    const kind = this.random.pick(INCIDENT_UPDATE_KINDS);
    const cause = kind === "CAUSE_DETERMINED" ? this.random.pick(CAUSES) : undefined;
    const updateId = `client-${this.client}-update-${++this.serial}`;
    return this.say(
      `Engineers reported progress on the problem in ${target} (${kind.toLowerCase().replace(/_/g, " ")}, desk ${this.client} item ${this.serial})`,
      (source) => ({
        type: "RecordIncidentUpdate",
        incidentId,
        updateId,
        kind,
        description: `Progress on the problem in ${target}: ${kind.toLowerCase().replace(/_/g, " ")}.`,
        occurredAt: worldTime(this.day),
        cause,
        source,
      }),
    );
  }

  private statement(): boolean {
    const speaker = this.own(this.entities, (e) => e.kind === "Person");
    const corpusSpeaker = speaker
      ? undefined
      : this.random.pick(this.world.persons.length > 0 ? this.world.persons : [undefined]);
    const incident: IncidentRecord | undefined =
      this.world.incidents.length > 0 && this.random.chance(0.5)
        ? this.random.pick(this.world.incidents)
        : undefined;
    const module = this.random.pick(this.world.modules);
    const name = speaker?.name ?? corpusSpeaker?.name;
    const id = this.id("statement");
    this.statements.push({
      id,
      factId: `statement-${id}`,
      name: `the remarks of ${name ?? "officials"}`,
      retracted: false,
      batch: this.batch,
    });
    const clause = `the work on ${incident ? incident.target.name : module.name} was going to plan`;
    return this.say(
      `${name ?? "Station officials"} said that ${clause} (desk ${this.client}, item ${this.serial})`,
      (source) => ({
        type: "RecordStatement",
        statementId: id,
        kind: this.random.pick(STATEMENT_KINDS),
        text: `${capitalise(clause)}.`,
        speakers: speaker ? [speaker.id] : corpusSpeaker ? [corpusSpeaker.id] : undefined,
        speakerDescription: name ? undefined : "Station officials",
        occurredAt: worldTime(this.day),
        about: [incident?.id ?? module.id],
        source,
      }),
    );
  }

  private corroboration(): boolean {
    const own = this.random.chance(0.4)
      ? this.own<Own>(
          [...this.entities, ...this.relations, ...this.incidents, ...this.statements],
          (f) => f.batch < this.batch,
        )
      : undefined;
    const corpus: FactRecord | undefined = own
      ? undefined
      : this.world.facts.length > 0
        ? this.random.pick(this.world.facts)
        : undefined;
    const factId = own?.factId ?? corpus?.factId;
    if (!factId || this.writer.corroborated.has(factId)) return false;
    this.writer.corroborated.add(factId);
    const summary = own ? `the earlier item on ${own.name} was right` : summaryOf(corpus!);
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
      entity.description = `${entity.description.split(" (")[0]} (revised ${++this.serial})`;
      const description = entity.description;
      return this.say(
        `Desk ${this.client} corrected its description of ${entity.name}, item ${this.serial}`,
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
      incident.title = `${incident.title.split(" [")[0]} [revised ${++this.serial}]`;
      const title = incident.title;
      return this.say(
        `Desk ${this.client} revised its account of the pressure drop in ${incident.target}, item ${this.serial}`,
        (source) => ({
          type: "CorrectFact",
          factId: incident.factId,
          changes: { title },
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
      `Desk ${this.client} learnt that a link it reported ended ${spokenTime(validTo)}, item ${++this.serial}`,
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
    return this.say(
      `Desk ${this.client} withdrew its report of ${fact.name}, item ${++this.serial}`,
      (source) => ({
        type: "RetractFact",
        factId: fact.factId,
        reason: "The desk could not confirm it.",
        source,
      }),
    );
  }
}
