import { incidentsAffecting, incidentsOfPerson } from "../graph/hardwareIncidents";
import { LABEL } from "../graph/graphLabels";
import { int, toNumber } from "../neo4j/neo4jValues";
import {
  afterKey,
  encodeCursor,
  instantColumn,
  keyParameter,
  pageRequest,
  toPage,
  type Connection,
  type KeyShape,
  type PageArguments,
} from "./pageCursor";
import { LIST_PAGE } from "./readLimits";
import { timeTravelParameters } from "./timeTravel";
import type { GraphRead } from "./graphRead";

/*
 * A person's incidents and a piece of hardware's (incidentsPage, incidentsIncludingParts-
 * Connection) in pages. One total order: oldest first (by the first instant each may mean), then
 * id; the undated last. A page reads the incidents' ids and keys; their fields come from the
 * generated read of Incident, with the client's selection (IncidentEdge.node).
 */

/** Whose incidents: a person's (as crew, or as reporter), or a piece of hardware's and its parts'. */
export type IncidentsOf = { person: string; validOn?: string | null } | { hardware: string };

/** The key: the incident's first instant as Cypher writes it (null when undated), then its id. */
const INCIDENT_KEY: KeyShape = ["string?", "string"];

/** Strictly after the cursor's key ($after: [occurredFrom, id]), nulls last as Cypher sorts them. */
const AFTER_CURSOR = afterKey([instantColumn("incident.occurredFrom"), "incident.id"]);

/** The incidents of `of`, each once, as `incident`: from the node sought by its id. */
function incidentsMatch(of: IncidentsOf): string {
  return `MATCH (this:${LABEL.Entity} {id: $id})
${"person" in of ? incidentsOfPerson("this") : incidentsAffecting("this")}
WITH DISTINCT incident`;
}

/** An incident on a page: its id (the node is read by the generated read) and its cursor. */
export type IncidentsPageModel = Connection<{ node: { id: string } }>;

/** A page of the incidents of a person or a piece of hardware, its total when selected. */
export async function incidentsPage(
  read: GraphRead,
  of: IncidentsOf,
  args: PageArguments,
): Promise<IncidentsPageModel> {
  const id = "person" in of ? of.person : of.hardware;
  const validOn = "person" in of ? (of.validOn ?? null) : null;
  timeTravelParameters({ validOn });
  const list = "person" in of ? "incidents" : "incidentsIncludingParts";
  const filter = { id, validOn };
  const page = pageRequest(list, filter, args, LIST_PAGE, INCIDENT_KEY);
  const match = incidentsMatch(of);
  const { records } = await read(
    `${match}
     WHERE ${AFTER_CURSOR}
     WITH incident ORDER BY incident.occurredFrom, incident.id LIMIT $limit
     RETURN incident.id AS id, toString(incident.occurredFrom) AS occurredFrom`,
    { id, validOn, after: keyParameter(page.after), limit: int(page.first + 1) },
  );
  const rows = records.map((r) => ({
    id: r.get("id") as string,
    occurredFrom: r.get("occurredFrom") as string | null,
  }));
  const count = async () => {
    const counted = await read(`${match} RETURN count(incident) AS total`, { id, validOn });
    return toNumber(counted.records[0]?.get("total") ?? 0);
  };
  return {
    ...toPage(
      rows.map(({ id }) => ({ node: { id } })),
      page,
      (_edge, i) => encodeCursor(list, filter, [rows[i]!.occurredFrom, rows[i]!.id]),
    ),
    totalCount: count,
  };
}
