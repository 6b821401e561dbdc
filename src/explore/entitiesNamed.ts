import type { Driver } from "neo4j-driver";
import { LABEL } from "../graph/graphLabels";
import type { NodeKind } from "../domain/nodeKinds";
import { tolerance } from "../domain/names";
import { escapeLucene, MAX_SEARCH_WORDS, searchWords } from "./searchQuery";

/** An entity as the duplicate check compares it: its id, kind, name and aliases. */
export interface NamedEntity {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
}

/** How many entities each name may bring back: the check itself compares them exactly. */
const PER_NAME = 20;

/** The fields of the names' full-text index that hold names (not its descriptions). */
const NAME_FIELDS = ["name", "aliasesText"] as const;

/**
 * The Lucene query of the entities a name may duplicate, or null when it has no word: every word
 * required in the name or in the aliases, spelt as given or, in a word of 5 letters or more, as
 * many letters off as the check tolerates (src/domain/names.ts), never more: a looser query (two
 * edits of every word and a prefix of the last, as a search box asks) costs Lucene far more terms
 * to visit, and its extra hits are all refused by the check. A name of several words is also
 * looked for as one word (Star Liner, Starliner), and one with an initialism spelt with stops
 * with its letters as one word (U.S. segment, US segment): the check holds those names the same.
 */
export function namesakeQuery(name: string): string | null {
  const words = searchWords(name).slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) return null;
  const required = (of: readonly string[]) =>
    of
      .map((word) => {
        const term = escapeLucene(word);
        const edits = tolerance(word);
        return edits === 0 ? `+${term}` : `+(${term} ${term}~${edits})`;
      })
      .join(" ");
  const initialisms = joinInitials(words);
  const wordSets = initialisms.length < words.length ? [words, initialisms] : [words];
  const joined = words.length > 1 ? escapeLucene(words.join("")) : undefined;
  return NAME_FIELDS.flatMap((field) => [
    ...wordSets.map((set) => `${field}:(${required(set)})`),
    ...(joined && initialisms.length > 1 ? [`${field}:${joined}`] : []),
  ]).join(" OR ");
}

/** The words with each run of single letters as one word: u s segment, us segment. */
function joinInitials(words: readonly string[]): string[] {
  const joined: string[] = [];
  let run = "";
  for (const word of words) {
    if (word.length === 1 && /\p{L}/u.test(word)) {
      run += word;
      continue;
    }
    if (run) joined.push(run);
    run = "";
    joined.push(word);
  }
  if (run) joined.push(run);
  return joined;
}

/**
 * Entities whose name or alias is like one of the names (namesakeQuery), found with the
 * full-text index of names: the candidates the duplicate check of a group's
 * commands compares (src/domain/names.ts decides). The index is eventually consistent: an entity
 * committed a fraction of a second ago may be missed, as its own group's registrations are not.
 */
export async function entitiesNamed(
  driver: Driver,
  database: string,
  names: readonly string[],
): Promise<NamedEntity[]> {
  const queries = [...new Set(names.flatMap((name) => namesakeQuery(name) ?? []))];
  if (queries.length === 0) return [];
  const result = await driver.executeQuery(
    `UNWIND $queries AS q
     CALL db.index.fulltext.queryNodes('entity_names', q, {limit: $limit}) YIELD node
     WITH DISTINCT node WHERE node:${LABEL.Entity}
     RETURN node.id AS id, node.kind AS kind, node.name AS name, node.aliases AS aliases`,
    { queries, limit: PER_NAME },
    { database, routing: "READ" },
  );
  return result.records.map((record) => ({
    id: record.get("id") as string,
    kind: record.get("kind") as NodeKind,
    name: record.get("name") as string,
    aliases: (record.get("aliases") as string[] | null) ?? [],
  }));
}
