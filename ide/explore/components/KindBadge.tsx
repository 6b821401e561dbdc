import { kindColour, kindLabel } from "../lib/kindStyle";

/** The kind of a node, in its colour (the same as on the graph). */
export function KindBadge({ kind }: { kind: string }) {
  return (
    <span className="kind-badge" style={{ backgroundColor: kindColour(kind) }}>
      {kindLabel(kind)}
    </span>
  );
}
