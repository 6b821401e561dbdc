import type { Driver } from "neo4j-driver";
import { LABEL } from "../graph/graphLabels";
import type { NodeKind } from "../domain/nodeKinds";
import { luceneQuery } from "./searchQuery";

/** An entity as the duplicate check compares it: its id, kind, name and aliases. */
export interface NamedEntity {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
}

/** How many entities each name may bring back: the check itself compares them exactly. */
const PER_NAME = 20;

/**
 * Entities whose name or alias is like one of the names (each word, or a word up to two letters
 * off), found with the full-text index of names: the candidates the duplicate check of a group's
 * commands compares (src/domain/names.ts decides). The index is eventually consistent: an entity
 * committed a fraction of a second ago may be missed, as its own group's registrations are not.
 */
export async function entitiesNamed(
  driver: Driver,
  database: string,
  names: readonly string[],
  /**
   * READ for a request's own read; WRITE (the leader) for a group commit's, which the commands
   * of several requests share: the API's driver ties READ queries to the request they run in
   * (requestScopedDriver), and no one request's end may cut a group.
   */
  routing: "READ" | "WRITE" = "READ",
): Promise<NamedEntity[]> {
  const queries = [
    ...new Set(
      names.flatMap((phrase) => luceneQuery({ phrase, syntax: "TEXT", fuzzy: true }) ?? []),
    ),
  ];
  if (queries.length === 0) return [];
  const result = await driver.executeQuery(
    `UNWIND $queries AS q
     CALL db.index.fulltext.queryNodes('entity_names', q, {limit: $limit}) YIELD node
     WITH DISTINCT node WHERE node:${LABEL.Entity}
     RETURN node.id AS id, node.kind AS kind, node.name AS name, node.aliases AS aliases`,
    { queries, limit: PER_NAME },
    { database, routing },
  );
  return result.records.map((record) => ({
    id: record.get("id") as string,
    kind: record.get("kind") as NodeKind,
    name: record.get("name") as string,
    aliases: (record.get("aliases") as string[] | null) ?? [],
  }));
}
