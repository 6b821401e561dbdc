import { useState } from "react";
import { editableFields, type Decision, type ReviewedProposal } from "../lib/draftReview";

/** One proposal: what it states and why, its quote; accept, edit (its fields) or reject it. */
export function ProposalCard({
  proposal,
  onDecide,
  onEdit,
}: {
  proposal: ReviewedProposal;
  onDecide: (decision: Decision) => void;
  onEdit: (field: string, value: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const fields = editableFields(proposal.entry);
  const { decision } = proposal;
  return (
    <li className={`proposal ${decision}`} data-proposal={proposal.factId} data-decision={decision}>
      <p>
        <strong>{proposal.command}</strong>{" "}
        {fields
          .filter(([key]) => key !== "relationId" && key !== "statementId")
          .map(([key, value]) => `${key}: ${value}`)
          .join(" · ")}
      </p>
      <p className="meta">
        “{proposal.quote}” · {proposal.reason}
        {proposal.note ? ` · ${proposal.note}` : ""}
        {proposal.edited ? " · edited" : ""}
      </p>
      <div className="proposal-actions" role="group" aria-label={`Proposal ${proposal.factId}`}>
        <button
          type="button"
          aria-pressed={decision === "accepted"}
          onClick={() => onDecide("accepted")}
        >
          Accept
        </button>
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          Edit
        </button>
        <button
          type="button"
          aria-pressed={decision === "rejected"}
          onClick={() => onDecide("rejected")}
        >
          Reject
        </button>
      </div>
      {editing && (
        <div className="proposal-fields">
          {fields.map(([key, value]) => (
            <label key={key}>
              {key}
              <input
                name={key}
                value={String(value)}
                onChange={(event) => onEdit(key, event.target.value)}
              />
            </label>
          ))}
        </div>
      )}
    </li>
  );
}
