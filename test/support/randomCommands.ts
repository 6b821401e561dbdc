import type { Command } from "../../src/catalogue/commands";
import { ENTITY_KINDS } from "../../src/domain/nodeKinds";
import { RELATION_TYPE_NAMES } from "../../src/domain/relationTypes";
import {
  INCIDENT_KINDS,
  INCIDENT_UPDATE_KINDS,
  STATEMENT_KINDS,
} from "../../src/domain/vocabulary";

/** A small deterministic PRNG (mulberry32), so a failing random run can be replayed by its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const RANDOM_ARTICLE_ID = "random-article";
export const RANDOM_ARTICLE_TEXT = Array.from(
  { length: 60 },
  (_, i) => `Sentence number ${i} tells of module M${i % 7} and crew member C${i % 11}.`,
).join(" ");

/**
 * Random commands over a growing set of ids: many valid, some refused by the domain (wrong
 * kinds, unknown ids, retracted facts), exercising every command and every projection path.
 */
export function randomCommands(count: number, seed: number): Command[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const entities: string[] = [];
  const incidents: string[] = [];
  const statements: string[] = [];
  const relations: string[] = [];
  const quote = () => {
    const start = Math.floor(random() * (RANDOM_ARTICLE_TEXT.length - 40));
    return (
      RANDOM_ARTICLE_TEXT.slice(start, start + 10 + Math.floor(random() * 30)).trim() || "Sentence"
    );
  };
  const source = () => ({ articleId: RANDOM_ARTICLE_ID, quote: quote() });
  const month = () =>
    `${2000 + Math.floor(random() * 24)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}`;
  const commands: Command[] = [
    {
      type: "RegisterArticle",
      articleId: RANDOM_ARTICLE_ID,
      title: "Random",
      publisher: "Test",
      publishedOn: "2024-01-01",
      text: RANDOM_ARTICLE_TEXT,
    },
  ];
  for (let i = 0; commands.length < count; i++) {
    const roll = random();
    if (roll < 0.3 || entities.length < 4) {
      const id = `e${i}`;
      entities.push(id);
      commands.push({
        type: "RegisterEntity",
        entityId: id,
        kind: pick(ENTITY_KINDS),
        name: `Entity ${i}`,
        source: source(),
      });
    } else if (roll < 0.5) {
      const relationId = `r${i}`;
      relations.push(relationId);
      commands.push({
        type: "LinkEntities",
        relationId,
        relation: pick(RELATION_TYPE_NAMES),
        from: pick([...entities, ...incidents]),
        to: pick([...entities, ...incidents]),
        validFrom: random() < 0.5 ? month() : undefined,
        source: source(),
      });
    } else if (roll < 0.6) {
      const id = `i${i}`;
      incidents.push(id);
      commands.push({
        type: "ReportIncident",
        incidentId: id,
        kind: pick(INCIDENT_KINDS),
        title: `Incident ${i}`,
        occurredAt: month(),
        affected: [pick(entities), pick(entities)],
        reportedBy: random() < 0.5 ? [pick(entities)] : [],
        source: source(),
      });
    } else if (roll < 0.68 && incidents.length > 0) {
      commands.push({
        type: "RecordIncidentUpdate",
        incidentId: pick(incidents),
        updateId: `u${i}`,
        kind: pick(INCIDENT_UPDATE_KINDS),
        description: `Update ${i}`,
        cause: random() < 0.7 ? "a cause" : undefined,
        source: source(),
      });
    } else if (roll < 0.76) {
      const id = `s${i}`;
      statements.push(id);
      commands.push({
        type: "RecordStatement",
        statementId: id,
        kind: pick(STATEMENT_KINDS),
        text: `Statement ${i}`,
        speakers: [pick(entities)],
        about: [pick([...entities, ...incidents])],
        source: source(),
      });
    } else {
      const factId = pick([
        ...entities.map((e) => `entity-${e}`),
        ...relations.map((r) => `relation-${r}`),
        ...incidents.map((n) => `incident-${n}`),
        ...statements.map((s) => `statement-${s}`),
      ]);
      const lifecycle = random();
      if (lifecycle < 0.3) commands.push({ type: "CorroborateFact", factId, source: source() });
      else if (lifecycle < 0.8) {
        const changes = factId.startsWith("relation-")
          ? { validTo: month() }
          : factId.startsWith("entity-")
            ? { name: `Renamed ${i}` }
            : factId.startsWith("incident-")
              ? { occurredAt: month(), affected: [pick(entities)] }
              : { text: `Restated ${i}`, about: [pick(entities)] };
        commands.push({
          type: "CorrectFact",
          factId,
          changes,
          reason: "random correction",
          source: source(),
        });
      } else
        commands.push({
          type: "RetractFact",
          factId,
          reason: "random retraction",
          source: source(),
        });
    }
  }
  return commands;
}
