import { inWords } from "../../drawing/inWords";
import type { RelationRowFragment } from "../generated/graphql";
import { formatValidity } from "../lib/worldTime";
import { CertaintyBadge } from "./CertaintyBadge";
import { NodeLink } from "./NodeLink";
import { QuoteList } from "./QuoteList";

/**
 * Relations of one node, each as "from — type → to" with its role, validity (as precise as the
 * source), certainty, the log position it is known from, and its quotes.
 */
export function RelationList({
  relations,
  self,
}: {
  relations: readonly RelationRowFragment[];
  self: string;
}) {
  if (relations.length === 0) return <p className="empty">None recorded.</p>;
  return (
    <ul className="facts relations">
      {relations.map((r) => {
        const validity = formatValidity(
          r.validFrom,
          r.validFromPrecision,
          r.validTo,
          r.validToPrecision,
        );
        const end = (n: RelationRowFragment["from"]) =>
          n.id === self ? (
            <strong className="self">{n.label}</strong>
          ) : (
            <NodeLink kind={n.kind} id={n.id} label={n.label} />
          );
        return (
          <li key={r.id} className="fact" data-fact={r.factId ?? r.id}>
            <p className="relation">
              {end(r.from)} <span className="relation-type">{inWords(r.type)}</span> {end(r.to)}
            </p>
            <p className="meta">
              {r.role && <span className="role">as {r.role}</span>}
              <span className="validity">{validity ?? "validity not given"}</span>
              <CertaintyBadge certainty={r.certainty} />
              <span
                className="known-since"
                title="The log position from which the service knows it"
              >
                known since #{r.knownSince}
              </span>
            </p>
            <QuoteList quotes={r.quotes} sources={r.sources} />
          </li>
        );
      })}
    </ul>
  );
}
