import { inWords } from "../../drawing/inWords";
import { kindColour } from "../../drawing/kindPalette";

/** The kind of a node, in its colour (the same as on the graph). */
export function KindBadge({ kind }: { kind: string }) {
  return (
    <span className="kind-badge" style={{ backgroundColor: kindColour(kind) }}>
      {inWords(kind)}
    </span>
  );
}
