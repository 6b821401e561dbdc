import { Link } from "react-router";
import { nodePath } from "../lib/paths";
import { KindBadge } from "./KindBadge";

/** A link to the page of a node (entity, incident, update, statement), with its kind. */
export function NodeLink({
  kind,
  id,
  label,
  badge = true,
}: {
  kind: string;
  id: string;
  label: string;
  badge?: boolean;
}) {
  return (
    <span className="node-link">
      {badge && <KindBadge kind={kind} />}
      <Link to={nodePath(kind, id)}>{label}</Link>
    </span>
  );
}
