import type { NodeKind } from "./nodeKinds";

/** A reference to a node, with the kind it had when the event was decided. */
export interface NodeRef {
  id: string;
  kind: NodeKind;
}
