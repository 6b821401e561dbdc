// What "a fact" counts, the same on the article's page as in the seed (README: "95 facts"): one
// per thing the article told the service, each counted once however many of its quotes, links or
// citations there are. An entity, an incident, an update and a statement are each a fact (a node);
// a relation between two entities is one (its factId). An incident's or a statement's links (what
// it affected, who said it, what it is about) carry that incident's or statement's own fact id:
// they are part of it, not facts of their own.

/** A citation's fact, as far as counting goes: a node of a kind, or a relation, by its fact id. */
export type CountedFact =
  { kind: "node"; key: string; nodeKind: string } | { kind: "relation"; key: string };

export interface FactCount {
  total: number;
  entities: number;
  relations: number;
  incidents: number;
  updates: number;
  statements: number;
}

const NODE_GROUP: Readonly<Record<string, keyof Omit<FactCount, "total" | "relations">>> = {
  Incident: "incidents",
  IncidentUpdate: "updates",
  Statement: "statements",
};

/** The facts among `facts`, each once, by what they are. */
export function countFacts(facts: Iterable<CountedFact>): FactCount {
  const groups = new Map<string, keyof Omit<FactCount, "total">>();
  const relationKeys: string[] = [];
  for (const fact of facts) {
    if (fact.kind === "node") groups.set(fact.key, NODE_GROUP[fact.nodeKind] ?? "entities");
    else relationKeys.push(fact.key);
  }
  // A link's fact id is its incident's or statement's: counted with that node, when cited.
  for (const key of relationKeys) if (!groups.has(key)) groups.set(key, "relations");
  const count: FactCount = {
    total: groups.size,
    entities: 0,
    relations: 0,
    incidents: 0,
    updates: 0,
    statements: 0,
  };
  for (const group of groups.values()) count[group] += 1;
  return count;
}

/** "95 facts (27 entities, 42 relations, 4 incidents, 9 updates, 13 statements)". */
export function describeFactCount(count: FactCount): string {
  const parts = (
    [
      [count.entities, "entity", "entities"],
      [count.relations, "relation", "relations"],
      [count.incidents, "incident", "incidents"],
      [count.updates, "update", "updates"],
      [count.statements, "statement", "statements"],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const total = `${count.total} fact${count.total === 1 ? "" : "s"}`;
  return parts.length > 0 ? `${total} (${parts.join(", ")})` : total;
}
