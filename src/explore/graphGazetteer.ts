import neo4j, { type BookmarkManager, type Driver } from "neo4j-driver";
import type { EntityKind } from "../domain/nodeKinds";
import type { IncidentKind } from "../domain/vocabulary";
import { Gazetteer } from "../drafting/Gazetteer";
import { LABEL } from "../graph/graphLabels";
import { TYPE } from "../graph/relationshipTypes";

/** Neither retracted nor merged into another: what a draft may name. */
const CURRENT = `NOT n:${LABEL.Retracted} AND NOT n:${LABEL.Merged}`;

/**
 * The gazetteer of a draft made by the API: the entities the graph knows now, with their names
 * and aliases, and its incidents with what they affected (an update names one of those). Two
 * read-only statements, no input in them; after this process's writes (its bookmarks).
 */
export async function graphGazetteer(
  driver: Driver,
  database: string,
  bookmarkManager?: BookmarkManager,
): Promise<Gazetteer> {
  const read = (cypher: string) =>
    driver.executeQuery(
      cypher,
      {},
      {
        database,
        routing: neo4j.routing.READ,
        ...(bookmarkManager ? { bookmarkManager } : {}),
      },
    );
  const [entities, incidents] = await Promise.all([
    read(
      `MATCH (n:${LABEL.Entity}) WHERE ${CURRENT}
       RETURN n.id AS id, n.kind AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases`,
    ),
    read(
      `MATCH (n:${LABEL.Incident}) WHERE ${CURRENT}
       RETURN n.id AS id, n.kind AS kind, [(n)-[:${TYPE.AFFECTED}]->(a) | a.id] AS affected`,
    ),
  ]);
  return new Gazetteer(
    entities.records.map((r) => ({
      entityId: r.get("id") as string,
      kind: r.get("kind") as EntityKind,
      names: [r.get("name") as string, ...(r.get("aliases") as string[])],
    })),
    incidents.records.map((r) => ({
      incidentId: r.get("id") as string,
      kind: r.get("kind") as IncidentKind,
      affected: r.get("affected") as string[],
    })),
  );
}
