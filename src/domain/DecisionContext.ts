import type { Namesake } from "./NameIndex";
import type { NodeKind } from "./nodeKinds";

/** What the decisions know of a node besides its stream. */
export interface NodeInfo {
  kind: NodeKind;
  /** Retracted: no longer in the current graph. */
  retracted: boolean;
  /** Merged into another entity: its id now names that one (a redirect). */
  mergedInto?: string | undefined;
}

/** What a decision may know beyond its own stream, loaded by the command handler beforehand. */
export interface DecisionContext {
  /** Nodes (entities, incidents, statements) by id: their kind, and whether still current. */
  nodes: ReadonlyMap<string, NodeInfo>;
  /** Registered articles' texts by article id. */
  articles: ReadonlyMap<string, string>;
  /**
   * Entities whose name or an alias may be this name (for the names the commands give: loaded
   * beforehand, with those the same group registers).
   */
  namesakes(name: string): readonly Namesake[];
}
