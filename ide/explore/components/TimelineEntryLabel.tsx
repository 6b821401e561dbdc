import { Link } from "react-router";
import type { TimelineRowFragment } from "../generated/graphql";
import { nodePath } from "../lib/paths";
import { CertaintyBadge } from "./CertaintyBadge";
import { ClaimsNote, type ClaimItem } from "./ClaimsNote";
import { KindBadge } from "./KindBadge";
import { QuoteList } from "./QuoteList";
import { WorldTime } from "./WorldTime";

/** The articles of a fact's quotes (sources[i] is the article of quotes[i]); an incident's title. */
export type FactSources = ReadonlyMap<
  string,
  { quotes: readonly string[]; sources: readonly string[]; title?: string }
>;

/** A disputed claim as the timeline draws it: a claim, with the span its date may mean. */
export type TimelineClaim = ClaimItem & { earliest?: string | null; latest?: string | null };

/** The claims of the fields the sources disagree on, by fact id. */
export type FactDisputes = ReadonlyMap<string, readonly TimelineClaim[]>;

export const ENTRY_NODE_KIND = {
  INCIDENT: "Incident",
  UPDATE: "IncidentUpdate",
  STATEMENT: "Statement",
} as const;

function articlesOf(entry: TimelineRowFragment, sources: FactSources): string[] {
  const fact = sources.get(entry.factId);
  return entry.quotes.map((quote) => {
    const i = fact?.quotes.indexOf(quote) ?? -1;
    return (i >= 0 ? fact?.sources[i] : fact?.sources[0]) ?? "";
  });
}

/** A timeline entry in words: what, when (and how precisely), its order, certainty and quotes. */
export function TimelineEntryLabel({
  entry,
  sources,
  disputes,
}: {
  entry: TimelineRowFragment;
  sources: FactSources;
  disputes: FactDisputes;
}) {
  const kind = ENTRY_NODE_KIND[entry.kind];
  // Which incident an update or a statement belongs to (two may say the same of two incidents),
  // once its title is in: an id standing in for it would change under the reader's eyes.
  const incident = entry.kind === "INCIDENT" ? null : entry.incidentId;
  const incidentTitle = incident ? sources.get(incident)?.title : undefined;
  return (
    <div className="row-label">
      <p className="title">
        <KindBadge kind={kind} /> <Link to={nodePath(kind, entry.factId)}>{entry.summary}</Link>
      </p>
      {incident && incidentTitle && (
        <p className="incident-of">
          {entry.kind === "UPDATE" ? "Update to" : "On"}{" "}
          <Link to={nodePath("Incident", incident)}>{incidentTitle}</Link>
        </p>
      )}
      <p className="meta">
        <WorldTime at={entry.at} precision={entry.precision} />
        {!entry.orderIsCertain && (
          <span
            className="order-uncertain"
            title="Its time overlaps its neighbours': the sources do not say which came first"
          >
            order not certain
          </span>
        )}
        <CertaintyBadge certainty={entry.certainty} />
      </p>
      <QuoteList quotes={entry.quotes} sources={articlesOf(entry, sources)} />
      <ClaimsNote claims={disputes.get(entry.factId) ?? []} />
    </div>
  );
}
