import type { NodeKind } from "./nodeKinds";

/** What a decision may know beyond its own stream, loaded by the command handler beforehand. */
export interface DecisionContext {
  /** Nodes (entities, incidents, statements) by id: their kind, and whether still current. */
  nodes: ReadonlyMap<string, { kind: NodeKind; retracted: boolean }>;
  /** Registered articles' texts by article id. */
  articles: ReadonlyMap<string, string>;
}
