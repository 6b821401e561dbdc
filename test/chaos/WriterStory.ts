import type { Command, CommandOfType } from "../../src/catalogue/commands";
type RegisterArticle = CommandOfType<"RegisterArticle">;
import type { Source } from "../../src/domain/source";
import { INCIDENT_UPDATE_KINDS, STATEMENT_KINDS } from "../../src/domain/vocabulary";
import { CorpusRandom } from "../../bench/corpus/CorpusRandom";
import type { ClientStep } from "./chaosOperations";

const KINDS = ["Person", "Agency", "Module", "Station", "Country"] as const;
type Kind = (typeof KINDS)[number];

/** Relations between the kinds a writer registers, as the domain allows them (relationTypes.ts). */
const LINKS = [
  ["MEMBER_OF", "Person", "Agency"],
  ["CREW_OF", "Person", "Station"],
  ["CITIZEN_OF", "Person", "Country"],
  ["PART_OF", "Module", "Station"],
  ["OPERATES", "Agency", "Module"],
  ["COOPERATES_WITH", "Agency", "Agency"],
] as const;

/** Lines of a writer's own article: every fact it states cites one of them. */
const ARTICLE_LINES = 40;

interface Fact {
  factId: string;
  retracted: boolean;
  /** Quotes (line numbers) already cited for it: a corroboration cites another. */
  cited: Set<number>;
  revisions: number;
}

/**
 * What one writer client sends: its own article, then entities, relations, incidents and their
 * updates, statements, corroborations, corrections, retractions and whole articles (ingestArticle),
 * all under ids of its own, each command referring only to what this writer stated before and
 * has not retracted. So every command is accepted, whatever the other writers do meanwhile: a
 * refusal means the service lost or duplicated something (a retry of a command that had been
 * executed, refused as "already registered", for one). Sent in order, each once acknowledged.
 */
export class WriterStory {
  private readonly random: CorpusRandom;
  private readonly prefix: string;
  private readonly articleId: string;
  private readonly entities = new Map<Kind, (Fact & { id: string })[]>(KINDS.map((k) => [k, []]));
  private readonly relations: Fact[] = [];
  private readonly incidents: (Fact & { id: string })[] = [];
  private readonly statements: Fact[] = [];
  private serial = 0;
  private articles = 0;

  constructor(
    readonly client: number,
    seed: number,
  ) {
    // A stream of numbers of its own per client, from the run's seed.
    this.random = new CorpusRandom(seed, client + 1);
    this.prefix = `c${client}`;
    this.articleId = `chaos-${this.prefix}`;
  }

  /** The next step; the first registers the writer's article. */
  next(): ClientStep {
    if (this.serial === 0) {
      return this.command(articleOf(this.articleId, `Desk ${this.client}`, ARTICLE_LINES));
    }
    for (let attempt = 0; attempt < 10; attempt++) {
      const kind = this.random.weighted([
        ["entity", 25],
        ["link", 20],
        ["incident", 8],
        ["update", 6],
        ["statement", 8],
        ["corroboration", 6],
        ["correction", 10],
        ["retraction", 4],
        ["article", 5],
      ] as const);
      const operation = this[kind]();
      if (operation) return operation;
    }
    return this.entity();
  }

  private id(what: string): string {
    return `${this.prefix}-${what}${++this.serial}`;
  }

  private command(command: Command): ClientStep {
    return { kind: "command", command, commandId: this.id("cmd") };
  }

  /** A line of the writer's article; one the fact does not cite yet when a fact is given. */
  private source(fact?: Fact): Source {
    let line = this.random.int(0, ARTICLE_LINES - 1);
    if (fact && fact.cited.size < ARTICLE_LINES) {
      while (fact.cited.has(line)) line = (line + 1) % ARTICLE_LINES;
      fact.cited.add(line);
    }
    return { articleId: this.articleId, quote: quoteOf(`Desk ${this.client}`, line) };
  }

  private live<T extends Fact>(facts: readonly T[]): T | undefined {
    const candidates = facts.filter((f) => !f.retracted);
    return candidates.length === 0 ? undefined : this.random.pick(candidates);
  }

  private fact(factId: string): Fact {
    return { factId, retracted: false, cited: new Set(), revisions: 0 };
  }

  private entity(): ClientStep {
    const kind = this.random.pick(KINDS);
    const id = this.id("e");
    const fact = { ...this.fact(`entity-${id}`), id };
    this.entities.get(kind)!.push(fact);
    return this.command({
      type: "RegisterEntity",
      entityId: id,
      kind,
      name: `${kind} ${id}`,
      source: this.source(fact),
    });
  }

  private link(): ClientStep | undefined {
    const [relation, fromKind, toKind] = this.random.pick(LINKS);
    const from = this.live(this.entities.get(fromKind)!);
    const to = this.live(this.entities.get(toKind)!);
    if (!from || !to || from === to) return undefined;
    const relationId = this.id("r");
    const fact = this.fact(`relation-${relationId}`);
    this.relations.push(fact);
    return this.command({
      type: "LinkEntities",
      relationId,
      relation,
      from: from.id,
      to: to.id,
      validFrom: this.random.chance(0.5) ? String(1998 + this.random.int(0, 26)) : undefined,
      source: this.source(fact),
    });
  }

  private incident(): ClientStep | undefined {
    const hardware = this.live([...this.entities.get("Module")!, ...this.entities.get("Station")!]);
    if (!hardware) return undefined;
    const reporter = this.live(this.entities.get("Agency")!);
    const id = this.id("i");
    const fact = { ...this.fact(`incident-${id}`), id };
    this.incidents.push(fact);
    return this.command({
      type: "ReportIncident",
      incidentId: id,
      kind: this.random.pick(["AIR_LEAK", "COOLANT_LEAK", "DEFECT"]),
      title: `Incident ${id}`,
      occurredAt: `${2000 + this.random.int(0, 24)}-${String(this.random.int(1, 12)).padStart(2, "0")}`,
      affected: [hardware.id],
      reportedBy: reporter ? [reporter.id] : undefined,
      source: this.source(fact),
    });
  }

  private update(): ClientStep | undefined {
    const incident = this.live(this.incidents);
    if (!incident) return undefined;
    const kind = this.random.pick(INCIDENT_UPDATE_KINDS);
    return this.command({
      type: "RecordIncidentUpdate",
      incidentId: incident.id,
      updateId: this.id("u"),
      kind,
      description: `Update on ${incident.id}: ${kind.toLowerCase()}`,
      cause: kind === "CAUSE_DETERMINED" ? "a worn seal" : undefined,
      source: this.source(),
    });
  }

  private statement(): ClientStep | undefined {
    const speaker = this.live(this.entities.get("Person")!);
    const about = this.live([...this.incidents, ...this.entities.get("Module")!]);
    if (!speaker || !about) return undefined;
    const id = this.id("s");
    const fact = this.fact(`statement-${id}`);
    this.statements.push(fact);
    return this.command({
      type: "RecordStatement",
      statementId: id,
      kind: this.random.pick(STATEMENT_KINDS),
      text: `Statement ${id} about ${about.id}.`,
      speakers: [speaker.id],
      about: [about.id],
      source: this.source(fact),
    });
  }

  private everyFact(): Fact[] {
    return [
      ...[...this.entities.values()].flat(),
      ...this.relations,
      ...this.incidents,
      ...this.statements,
    ];
  }

  private corroboration(): ClientStep | undefined {
    const fact = this.live(this.everyFact().filter((f) => f.cited.size < ARTICLE_LINES));
    if (!fact) return undefined;
    return this.command({
      type: "CorroborateFact",
      factId: fact.factId,
      source: this.source(fact),
    });
  }

  private correction(): ClientStep | undefined {
    const fact = this.live(this.everyFact());
    if (!fact) return undefined;
    // Each correction sets a value the fact has never had: it always changes something.
    const revision = `revision ${++fact.revisions}`;
    const category = fact.factId.slice(0, fact.factId.indexOf("-"));
    const changes =
      category === "entity"
        ? { description: revision }
        : category === "relation"
          ? { role: revision }
          : category === "incident"
            ? { title: `Incident, ${revision}` }
            : { text: `Statement, ${revision}.` };
    return this.command({
      type: "CorrectFact",
      factId: fact.factId,
      changes,
      reason: `the writer's ${revision}`,
      source: this.source(),
    });
  }

  private retraction(): ClientStep | undefined {
    // Entities stay: later commands refer to them. Relations, incidents and statements go.
    const fact = this.live([...this.relations, ...this.incidents, ...this.statements]);
    if (!fact) return undefined;
    fact.retracted = true;
    return this.command({
      type: "RetractFact",
      factId: fact.factId,
      reason: "the writer withdrew it",
      source: this.source(),
    });
  }

  /** A whole article with its facts: a person, an agency, the person's membership, a statement. */
  private article(): ClientStep {
    const articleId = `${this.articleId}-a${++this.articles}`;
    const desk = `Desk ${this.client} article ${this.articles}`;
    const article = articleOf(articleId, desk, 4);
    const cite = (line: number): Source => ({ articleId, quote: quoteOf(desk, line) });
    const person = { ...this.fact(`entity-${articleId}-p`), id: `${articleId}-p` };
    const agency = { ...this.fact(`entity-${articleId}-g`), id: `${articleId}-g` };
    const relationId = `${articleId}-m`;
    const statementId = `${articleId}-s`;
    this.entities.get("Person")!.push(person);
    this.entities.get("Agency")!.push(agency);
    this.relations.push(this.fact(`relation-${relationId}`));
    this.statements.push(this.fact(`statement-${statementId}`));
    return {
      kind: "article",
      article,
      facts: [
        {
          factId: "person",
          command: {
            type: "RegisterEntity",
            entityId: person.id,
            kind: "Person",
            name: `Person ${person.id}`,
            source: cite(0),
          },
        },
        {
          factId: "agency",
          command: {
            type: "RegisterEntity",
            entityId: agency.id,
            kind: "Agency",
            name: `Agency ${agency.id}`,
            source: cite(1),
          },
        },
        {
          factId: "membership",
          command: {
            type: "LinkEntities",
            relationId,
            relation: "MEMBER_OF",
            from: person.id,
            to: agency.id,
            source: cite(2),
          },
        },
        {
          factId: "statement",
          command: {
            type: "RecordStatement",
            statementId,
            kind: "REPORT",
            text: `Statement ${statementId}.`,
            speakers: [person.id],
            about: [agency.id],
            source: cite(3),
          },
        },
      ],
    };
  }
}

/** "Desk 3 line 7 says": no quote is a part of another (line 1 is never a prefix of line 10's). */
export function quoteOf(desk: string, line: number): string {
  return `${desk} line ${line} says`;
}

/** An article whose lines are the quotes its facts cite. */
export function articleOf(articleId: string, desk: string, lines: number): RegisterArticle {
  return {
    type: "RegisterArticle",
    articleId,
    title: `${desk}: the station this week`,
    publisher: "Chaos Wire",
    publishedOn: "2024-02-29",
    text: Array.from(
      { length: lines },
      (_, line) => `${quoteOf(desk, line)} that the crew kept the station running.`,
    ).join(" "),
  };
}
