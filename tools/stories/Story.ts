import type { Command, CommandOfType } from "../../src/catalogue/commands";
import type { Certainty, EntityKind } from "../../src/domain/nodeKinds";
import type { RelationType } from "../../src/domain/relationTypes";
import type { Source } from "../../src/domain/source";
import type { ArticleWriter } from "./ArticleWriter";
import { EntityRecord, RelationRecord, type FactRecord, type NodeRecord } from "./factRecords";
import type { RelationDeclarations } from "./relationDeclarations";
import type { SeededRandom } from "./SeededRandom";
import { worldTime, type DayPrecision } from "./storyCalendar";
import type { StoryWorld } from "./StoryWorld";
import { slug } from "./slug";

/** The kinds of fact the driver balances, each told by a story module of its own. */
export type MixCategory =
  | "entity"
  | "relation"
  | "incident"
  | "update"
  | "statement"
  | "corroboration"
  | "correction"
  | "retraction"
  | "claim"
  | "alias"
  | "merge"
  | "quantity";

/** Something to tell later: true when it wrote a fact, false when it could not (or wrote none). */
export type Step = () => boolean;

type FactChanges = CommandOfType<"CorrectFact">["changes"];

export interface LinkOptions {
  validFrom?: string;
  validTo?: string;
  role?: string;
  certainty?: Certainty;
  note?: string;
  suffix?: string;
  /** How a later article says it ended ("left"): a relation without one is never ended. */
  ending?: string;
  retractable?: boolean;
}

/**
 * What every story module is handed: the seeded random, the world, the article being written,
 * the agenda of what is to be told next, and the ways to state a fact. Every fact cites a
 * sentence of its own in the article, and references only what is current when it is stated.
 */
export class Story {
  writer!: ArticleWriter;
  articleIndex = -1;
  day: number;
  /** The article's title names its first incident. */
  leadTitle: string | undefined;
  readonly counts: Record<MixCategory, number> = {
    entity: 0,
    relation: 0,
    incident: 0,
    update: 0,
    statement: 0,
    corroboration: 0,
    correction: 0,
    retraction: 0,
    claim: 0,
    alias: 0,
    merge: 0,
    quantity: 0,
  };
  private readonly agenda: Step[] = [];

  constructor(
    readonly random: SeededRandom,
    readonly world: StoryWorld,
    /** The relation types the domain declares: the kinds each joins and how it reads. */
    readonly relations: RelationDeclarations,
    startDay: number,
    /** Put before every id this story makes, so that several stories can share a log. */
    readonly idPrefix = "",
  ) {
    this.day = startDay;
    this.nameTag = idPrefix.replace(/-+$/, "");
  }

  /**
   * After every name this story gives, when it shares a log with others ("Zvezda (c3)"), as its
   * prefix is before every id: the domain takes no name of one world for another's (a tag is
   * a word of its own, its number unlike any other's), so each world stays free to name.
   */
  readonly nameTag: string;

  /** The name as the story made it, before its tag. */
  untagged(name: string): string {
    return this.nameTag ? name.slice(0, name.length - this.nameTag.length - 3) : name;
  }

  /** The name as this story gives it: with its tag, if it has one. */
  tagged(name: string): string {
    return this.nameTag ? `${name} (${this.nameTag})` : name;
  }

  /**
   * A name no entity of the world has or nearly has (as the domain judges: src/domain/names.ts):
   * drawn again a few times, else numbered ("Kasvor Spaceport 2").
   */
  freshName(draw: () => string): string {
    let name = draw();
    for (let attempt = 0; attempt < 20 && this.world.names.taken(this.tagged(name)); attempt++)
      name = draw();
    if (!this.world.names.taken(this.tagged(name))) return name;
    const base = name;
    let n = this.world.nameSuffixes.get(base) ?? 2;
    while (this.world.names.taken(this.tagged(`${base} ${n}`))) n++;
    this.world.nameSuffixes.set(base, n + 1);
    return `${base} ${n}`;
  }

  /** Steps told after everything already planned (the world's schedule). */
  later(...steps: Step[]): void {
    this.agenda.push(...steps);
  }

  /** Steps told next (the rest of the story just begun). */
  soon(...steps: Step[]): void {
    this.agenda.unshift(...steps);
  }

  /** Runs planned steps until one tells a fact; false when none did. */
  tellPlanned(): boolean {
    let done = false;
    while (!done && this.agenda.length > 0) done = this.agenda.shift()!();
    return done;
  }

  id(raw: string): string {
    return this.idPrefix + raw;
  }

  /** A world time on that day, its precision drawn from the weights. */
  when(day: number, precisions: readonly (readonly [DayPrecision, number])[]): string {
    return worldTime(day, this.random.weighted(precisions));
  }

  state(category: MixCategory, sentence: string, command: (source: Source) => Command): void {
    this.writer.add(command(this.writer.cite(sentence)));
    this.counts[category]++;
  }

  registerEntity(
    kind: EntityKind,
    rawId: string,
    name: string,
    sentence: string,
    extra: {
      description?: string;
      aliases?: string[];
      certainty?: Certainty;
      note?: string;
      /** Entities it may be taken for that are others (an agency's initials another's). */
      distinctFrom?: string[];
      /** A registration a later story merges away: no other story picks it. */
      unlisted?: boolean;
      /** The kind of fact it counts as (the merge story's duplicates count as merges). */
      category?: MixCategory;
    } = {},
  ): EntityRecord {
    const id = this.id(rawId);
    const tagged = this.tagged(name);
    const aliases = extra.aliases?.map((alias) => this.tagged(alias));
    this.refuseNamesakes(id, [tagged, ...(aliases ?? [])], extra.distinctFrom);
    const entity = new EntityRecord(id, kind, tagged, this.articleIndex);
    entity.description = extra.description;
    entity.aliases = aliases ?? [];
    this.world.names.add(id, kind, tagged, ...entity.aliases);
    this.state(extra.category ?? "entity", sentence.split(name).join(tagged), (source) => ({
      type: "RegisterEntity",
      entityId: id,
      kind,
      name: tagged,
      aliases,
      description: extra.description,
      distinctFrom: extra.distinctFrom?.length ? extra.distinctFrom : undefined,
      certainty: extra.certainty,
      source: extra.note ? { ...source, note: extra.note } : source,
    }));
    if (extra.unlisted) return entity;
    this.world.remember(entity);
    this.world.ofKind(kind).push(entity);
    return entity;
  }

  /** The generator's own check: a name the domain would refuse is a story's mistake. */
  refuseNamesakes(id: string, names: readonly string[], distinctFrom: readonly string[] = []) {
    for (const name of names) {
      const others = this.world.names
        .namesakes(name)
        .filter((other) => other !== id && !distinctFrom.includes(other));
      if (others.length > 0) {
        throw new Error(`the stories named ${id} "${name}", as they named ${others.join(", ")}`);
      }
    }
  }

  /** States a relation, unless one of its ends is no longer current or the same link exists. */
  link(
    type: string,
    from: NodeRecord | undefined,
    to: NodeRecord | undefined,
    sentence: (from: NodeRecord, to: NodeRecord) => string,
    options: LinkOptions = {},
  ): RelationRecord | undefined {
    if (!from || !to || !from.alive || !to.alive || from === to) return undefined;
    const world = this.world;
    let id = this.relationId(type, from.id, to.id, options.suffix);
    if (id.length > 120) id = this.id(`${slugOfType(type)}-${++world.longRelationIds}`);
    const key = hashId(id);
    if (world.relationKeys.has(key)) return undefined;
    world.relationKeys.add(key);
    const relation = new RelationRecord(
      id,
      type,
      from,
      to,
      options.validFrom,
      options.validTo,
      options.ending,
      options.retractable ?? true,
      this.articleIndex,
    );
    this.state("relation", sentence(from, to), (source) => ({
      type: "LinkEntities",
      relationId: id,
      // The domain's declaration is where the type came from (relationDeclarations.ts).
      relation: type as RelationType,
      from: from.id,
      to: to.id,
      validFrom: options.validFrom,
      validTo: options.validTo,
      role: options.role,
      certainty: options.certainty,
      source: options.note ? { ...source, note: options.note } : source,
    }));
    world.unseenRelations.delete(type);
    if (type === "MEMBER_OF" && to.category === "entity") to.members++;
    world.remember(relation);
    return relation;
  }

  /** Whether this story has linked the two by a relation of this type (by its id's hash). */
  linked(type: string, fromId: string | undefined, toId: string): boolean {
    return this.world.relationKeys.has(hashId(this.relationId(type, fromId, toId)));
  }

  /** "person-x-member-of-agency-nasa": its ends' ids and its type, once prefixed. */
  private relationId(type: string, fromId: string | undefined, toId: string, suffix?: string) {
    const id = `${fromId}-${slugOfType(type)}-${toId}${suffix ? `-${suffix}` : ""}`;
    return id.startsWith(this.idPrefix) ? id : this.id(id);
  }

  correct(fact: FactRecord, sentence: string, changes: FactChanges, reason: string): boolean {
    this.state("correction", sentence, (source) => ({
      type: "CorrectFact",
      factId: fact.factId,
      changes,
      reason,
      source,
    }));
    return true;
  }
}

const TYPE_SLUGS = new Map<string, string>();

function slugOfType(type: string): string {
  let typeSlug = TYPE_SLUGS.get(type);
  if (typeSlug === undefined) TYPE_SLUGS.set(type, (typeSlug = slug(type)));
  return typeSlug;
}

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
