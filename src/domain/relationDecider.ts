import type { EntitiesLinked } from "../events/DomainEvent";
import type { LinkEntities } from "./commands";
import type { DecisionContext } from "./DecisionContext";
import { DomainError, invalid } from "./DomainError";
import type { FactState } from "./FactState";
import { endpointMismatch, RELATION_TYPE_NAMES } from "./relationTypes";
import { checkSource } from "./source";
import { defaultRelationId } from "./streams";
import {
  certaintyOf,
  optionalText,
  optionalTime,
  requireId,
  requireOneOf,
  resolveNode,
} from "./validate";
import { endsBeforeItStarts, type Validity } from "./WorldTime";

export function decideLinkEntities(
  command: LinkEntities,
  state: FactState,
  ctx: DecisionContext,
): EntitiesLinked[] {
  const relation = requireOneOf("relation", command.relation, RELATION_TYPE_NAMES);
  const relationId = requireId(
    "relationId",
    command.relationId ?? defaultRelationId(command.from, command.relation, command.to),
  );
  if (state.status !== "absent") {
    throw new DomainError(
      "already_exists",
      state.status === "retracted"
        ? `relation "${relationId}" was retracted; a new link needs a new relationId`
        : `relation "${relationId}" already exists; correct it instead`,
      "relationId",
    );
  }
  const from = resolveNode("from", command.from, ctx);
  const to = resolveNode("to", command.to, ctx);
  if (from.id === to.id) throw invalid("to", "a relation cannot link a node to itself");
  const mismatch = endpointMismatch(relation, from.kind, to.kind);
  if (mismatch) throw invalid("relation", mismatch);
  const validity: Validity = {
    from: optionalTime("validFrom", command.validFrom),
    to: optionalTime("validTo", command.validTo),
  };
  if (endsBeforeItStarts(validity)) {
    throw invalid(
      "validTo",
      `the interval ends (${validity.to?.value}) before it starts (${validity.from?.value})`,
    );
  }
  checkSource(command.source, ctx.articles.get(command.source.articleId));
  return [
    {
      type: "EntitiesLinked",
      data: {
        relationId,
        relation,
        from,
        to,
        validity,
        role: optionalText("role", command.role, 200),
        certainty: certaintyOf(command.certainty),
      },
      source: command.source,
    },
  ];
}
