import type { StatementRecorded } from "../events/DomainEvent";
import type { RecordStatement } from "./commands";
import type { DecisionContext } from "./DecisionContext";
import { DomainError, invalid } from "./DomainError";
import type { FactState } from "./FactState";
import { STATEMENT_LINKS } from "./relationTypes";
import { checkSource } from "./source";
import {
  certaintyOf,
  optionalText,
  optionalTime,
  requireId,
  requireOneOf,
  requireText,
  resolveNodes,
} from "./validate";
import { STATEMENT_KINDS } from "./vocabulary";

/** A statement: who said it (named speakers, or a description such as "Russian space officials"), when, about what. */
export function decideRecordStatement(
  command: RecordStatement,
  state: FactState,
  ctx: DecisionContext,
): StatementRecorded[] {
  const statementId = requireId("statementId", command.statementId);
  if (state.status !== "absent" || ctx.nodes.has(statementId)) {
    throw new DomainError(
      "already_exists",
      `"${statementId}" is already registered`,
      "statementId",
    );
  }
  const speakers = resolveNodes("speakers", command.speakers, STATEMENT_LINKS.SAID_BY, ctx);
  const speakerDescription = optionalText("speakerDescription", command.speakerDescription, 200);
  if (speakers.length === 0 && speakerDescription === undefined) {
    throw invalid(
      "speakers",
      "a statement needs a speaker, or a speakerDescription when none is named",
    );
  }
  const data = {
    statementId,
    kind: requireOneOf("kind", command.kind, STATEMENT_KINDS),
    text: requireText("text", command.text, 2000),
    speakers,
    speakerDescription,
    occurredAt: optionalTime("occurredAt", command.occurredAt),
    about: resolveNodes("about", command.about, STATEMENT_LINKS.ABOUT, ctx),
    carriedBy: resolveNodes("carriedBy", command.carriedBy, STATEMENT_LINKS.CARRIED_BY, ctx),
    certainty: certaintyOf(command.certainty),
  };
  checkSource(command.source, ctx.articles.get(command.source.articleId));
  return [{ type: "StatementRecorded", data, source: command.source }];
}
