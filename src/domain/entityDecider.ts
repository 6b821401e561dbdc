import type { EntityRegistered } from "../events/DomainEvent";
import type { RegisterEntity } from "./commands";
import type { DecisionContext } from "./DecisionContext";
import { DomainError, invalid } from "./DomainError";
import type { FactState } from "./FactState";
import { ENTITY_KINDS } from "./nodeKinds";
import { checkSource } from "./source";
import {
  certaintyOf,
  COMMAND_CAPS,
  optionalText,
  requireAtMost,
  requireId,
  requireOneOf,
  requireText,
} from "./validate";

export function decideRegisterEntity(
  command: RegisterEntity,
  state: FactState,
  ctx: DecisionContext,
): EntityRegistered[] {
  const entityId = requireId("entityId", command.entityId);
  if (state.status !== "absent" || ctx.nodes.has(entityId)) {
    throw new DomainError("already_exists", `"${entityId}" is already registered`, "entityId");
  }
  const kind = requireOneOf("kind", command.kind, ENTITY_KINDS);
  const name = requireText("name", command.name, 200);
  const aliases = requireAtMost("aliases", command.aliases, COMMAND_CAPS.aliases).map((alias, i) =>
    requireText(`aliases[${i}]`, alias, 200),
  );
  const duplicate = aliases.find((alias, i) => alias === name || aliases.indexOf(alias) !== i);
  if (duplicate !== undefined)
    throw invalid("aliases", `alias "${duplicate}" is listed twice or equals the name`);
  checkSource(command.source, ctx.articles.get(command.source.articleId));
  return [
    {
      type: "EntityRegistered",
      data: {
        entityId,
        kind,
        name,
        aliases,
        description: optionalText("description", command.description),
        certainty: certaintyOf(command.certainty),
      },
      source: command.source,
    },
  ];
}
