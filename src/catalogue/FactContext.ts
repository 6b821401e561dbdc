import type { DecisionContext, NodeInfo } from "../domain/DecisionContext";
import { NameIndex, type Namesake } from "../domain/NameIndex";
import type { NodeKind } from "../domain/nodeKinds";
import type { FactState, LiveFact } from "./FactState";

/**
 * What decisions may see beyond their own stream, kept in step with the streams' states: nodes by
 * id (kind, retracted, merged into), articles' texts, and entities' names for the duplicate check.
 */
export class FactContext implements DecisionContext {
  readonly nodes = new Map<string, NodeInfo>();
  readonly articles = new Map<string, string>();
  private readonly names = new NameIndex();
  private readonly named = new Map<string, { kind: NodeKind; name: string; aliases: string[] }>();

  namesakes(name: string): Namesake[] {
    return this.names.find(name).flatMap((found) => {
      const node = this.nodes.get(found.id);
      if (node?.retracted) return [];
      return [node?.mergedInto ? { ...found, id: node.mergedInto } : found];
    });
  }

  /** Entities found in the graph by name, for the names a group's commands give. */
  knowNames(entities: readonly { id: string; kind: NodeKind; name: string; aliases: string[] }[]) {
    for (const entity of entities) {
      if (this.named.has(entity.id)) continue;
      this.named.set(entity.id, entity);
      this.names.set(entity.id, entity.kind, entity.name, entity.aliases);
    }
  }

  /** Takes a stream's new state in; returns how to put the context back as it was. */
  apply(state: FactState): () => void {
    if (state.status === "absent" || state.category === "relation") return () => {};
    if (state.category === "article") {
      return this.setEntry(this.articles, state.data.articleId, state.data.text);
    }
    const { id, kind } = nodeOf(state);
    const undoNode = this.setEntry(this.nodes, id, {
      kind,
      retracted: state.status === "retracted",
      mergedInto: state.mergedInto,
    });
    if (state.category !== "entity") return undoNode;
    const previous = this.named.get(id);
    const entity = { kind, name: state.data.name, aliases: state.data.aliases };
    this.named.set(id, entity);
    this.names.set(id, kind, entity.name, entity.aliases);
    return () => {
      undoNode();
      if (previous) {
        this.named.set(id, previous);
        this.names.set(id, previous.kind, previous.name, previous.aliases);
      } else {
        this.named.delete(id);
        this.names.delete(id);
      }
    };
  }

  private setEntry<V>(map: Map<string, V>, key: string, value: V): () => void {
    const had = map.has(key);
    const previous = map.get(key);
    map.set(key, value);
    return () => (had ? map.set(key, previous as V) : map.delete(key));
  }
}

/** The node a stream's fact is, by id, with its kind (a quantity is a node no relation names). */
function nodeOf(state: Exclude<LiveFact, { category: "article" | "relation" }>): {
  id: string;
  kind: NodeKind;
} {
  switch (state.category) {
    case "entity":
      return { id: state.data.entityId, kind: state.data.kind };
    case "incident":
      return { id: state.data.incidentId, kind: "Incident" };
    case "statement":
      return { id: state.data.statementId, kind: "Statement" };
    case "quantity":
      return { id: state.data.quantityId, kind: "Quantity" as NodeKind };
  }
}
