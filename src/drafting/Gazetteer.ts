import type { EntityKind } from "../domain/nodeKinds";
import type { IncidentKind } from "../domain/vocabulary";
import type { KnownMention, Span } from "./Draft";
import { foldText, normalName } from "./foldText";

/** An entity the graph knows: its id, kind, name and aliases, and the article that registered it. */
export interface KnownEntity {
  entityId: string;
  kind: EntityKind;
  names: string[];
  articleId?: string;
}

/** An incident the graph knows, with what it affected: an update of it names one of those. */
export interface KnownIncident {
  incidentId: string;
  kind: IncidentKind;
  affected: string[];
  articleId?: string;
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isUpper = (char: string | undefined) => char !== undefined && char !== char.toLowerCase();

/**
 * The names of the entities already known (the gazetteer), found in a text however it spells
 * them: curly or straight apostrophes, hyphen or dash, another case ("the Zvezda Module"). A name
 * written with a capital matches only a word written with one, so that "science" is not Nauka's
 * alias "Science". The longest name wins where names overlap.
 */
export class Gazetteer {
  private readonly names: { folded: string; name: string; entity: KnownEntity }[];
  private readonly byName = new Map<string, KnownEntity>();
  private readonly byId = new Map<string, KnownEntity>();

  constructor(
    readonly entities: readonly KnownEntity[],
    readonly incidents: readonly KnownIncident[] = [],
  ) {
    this.names = entities.flatMap((entity) =>
      entity.names.map((name) => ({ folded: foldText(name).trim(), name, entity })),
    );
    this.names.sort((a, b) => b.folded.length - a.folded.length);
    for (const entity of entities) {
      this.byId.set(entity.entityId, entity);
      for (const name of entity.names) this.byName.set(normalName(name), entity);
    }
  }

  /** The entity this name (or a variant of it) names, if any. */
  lookUp(name: string): KnownEntity | undefined {
    return this.byName.get(normalName(name));
  }

  entity(entityId: string): KnownEntity | undefined {
    return this.byId.get(entityId);
  }

  /** Every known name in the text, with its span, longest first where they overlap. */
  find(text: string): KnownMention[] {
    const folded = foldText(text);
    const found: KnownMention[] = [];
    const taken: Span[] = [];
    for (const { folded: name, name: matched, entity } of this.names) {
      if (name.length === 0) continue;
      for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
        if (isUpper(matched[0]) && !isUpper(text[at])) continue;
        if (taken.some((span) => span.start < end && at < span.end)) continue;
        taken.push({ start: at, end });
        found.push({
          start: at,
          end,
          entityId: entity.entityId,
          kind: entity.kind,
          matched,
          text: text.slice(at, end),
        });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
