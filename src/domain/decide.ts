import type { DomainEvent } from "../events/DomainEvent";
import { decideRegisterArticle } from "./articleDecider";
import type { Command } from "./commands";
import type { DecisionContext } from "./DecisionContext";
import { decideRegisterEntity } from "./entityDecider";
import { decideCorrectFact, decideCorroborateFact, decideRetractFact } from "./factLifecycle";
import type { FactState } from "./FactState";
import { decideRecordIncidentUpdate, decideReportIncident } from "./incidentDecider";
import { decideLinkEntities } from "./relationDecider";
import { decideRecordStatement } from "./statementDecider";

/**
 * The domain's one entry point: a command, the state of the stream it writes to, and what it
 * may see of the rest -> the events to append, or a DomainError. Pure: no I/O, no clock.
 */
export function decide(command: Command, state: FactState, ctx: DecisionContext): DomainEvent[] {
  switch (command.type) {
    case "RegisterArticle":
      return decideRegisterArticle(command, state);
    case "RegisterEntity":
      return decideRegisterEntity(command, state, ctx);
    case "LinkEntities":
      return decideLinkEntities(command, state, ctx);
    case "ReportIncident":
      return decideReportIncident(command, state, ctx);
    case "RecordIncidentUpdate":
      return decideRecordIncidentUpdate(command, state, ctx);
    case "RecordStatement":
      return decideRecordStatement(command, state, ctx);
    case "CorroborateFact":
      return decideCorroborateFact(command, state, ctx);
    case "CorrectFact":
      return decideCorrectFact(command, state, ctx);
    case "RetractFact":
      return decideRetractFact(command, state, ctx);
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}
