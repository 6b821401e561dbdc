import { LINK_TYPES } from "../vocabulary/factLinks";
import { RELATION_TYPES, type RelationType } from "../vocabulary/relationTypes";
import type { NodeKind } from "./nodeKinds";

/**
 * The typed relations between entities, with the kinds each may connect, are declared in
 * src/vocabulary; the domain refuses a relation between other kinds.
 */
export {
  isRelationType,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  type RelationType,
} from "../vocabulary/relationTypes";

/** Why a relation of this type cannot join these kinds, or undefined when it can. */
export function endpointMismatch(
  type: RelationType,
  from: NodeKind,
  to: NodeKind,
): string | undefined {
  const allowed = RELATION_TYPES[type];
  if (!(allowed.from as readonly NodeKind[]).includes(from)) {
    return `${type} cannot start at a ${from}; it starts at ${allowed.from.join(", ")}`;
  }
  if (!(allowed.to as readonly NodeKind[]).includes(to)) {
    return `${type} cannot end at a ${to}; it ends at ${allowed.to.join(", ")}`;
  }
  return undefined;
}

/** What an incident's links may point at (its affected hardware, its reporters). */
export const INCIDENT_LINKS = {
  AFFECTED: LINK_TYPES.AFFECTED.to,
  REPORTED_BY: LINK_TYPES.REPORTED_BY.to,
} as const;

/** What a statement's links may point at (its speakers, who carried it, what it is about). */
export const STATEMENT_LINKS = {
  SAID_BY: LINK_TYPES.SAID_BY.to,
  CARRIED_BY: LINK_TYPES.CARRIED_BY.to,
  ABOUT: LINK_TYPES.ABOUT.to,
} as const;
