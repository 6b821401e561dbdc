import type { TimelineRowFragment } from "../generated/graphql";
import { kindColour } from "../../drawing/kindPalette";
import { timeScale } from "../lib/timeScale";
import { formatWorldTime, worldTimeOf } from "../lib/worldTime";
import {
  ENTRY_NODE_KIND,
  TimelineEntryLabel,
  type FactDisputes,
  type FactSources,
} from "./TimelineEntryLabel";

const percent = (fraction: number) => `${(fraction * 100).toFixed(4)}%`;

/**
 * The other dates the sources give an entry, where they disagree on it: each claim of its date
 * that is not deprecated and is not the date it is drawn at, with the span it may mean.
 */
function otherDates(entry: TimelineRowFragment, disputes: FactDisputes) {
  return (disputes.get(entry.factId) ?? []).flatMap((claim) =>
    claim.field === "occurredAt" &&
    claim.rank !== "deprecated" &&
    claim.value !== entry.at &&
    claim.earliest &&
    claim.latest
      ? [{ claim, start: Date.parse(claim.earliest), end: Date.parse(claim.latest) }]
      : [],
  );
}

/**
 * Incidents, updates and statements on a time axis, each drawn over the whole span its date may
 * mean: a month as a bar over that month, a year over the year, a day as the day (a thin bar at
 * this scale), never as a more precise point. Where the sources do not fix the order of
 * overlapping entries, the entry says so. Where sources disagree on an entry's date, each other
 * date is drawn too, outlined, over its own span.
 */
export function TimelineChart({
  entries,
  sources,
  disputes,
}: {
  entries: readonly TimelineRowFragment[];
  sources: FactSources;
  disputes: FactDisputes;
}) {
  const rows = entries.map((entry) => ({ entry, others: otherDates(entry, disputes) }));
  const spans = rows.flatMap(({ entry, others }) => [
    ...(entry.earliest && entry.latest
      ? [{ start: Date.parse(entry.earliest), end: Date.parse(entry.latest) }]
      : []),
    ...others,
  ]);
  const scale = timeScale(spans);
  const majors = scale.ticks.filter((t) => t.major);
  return (
    <div className="timeline" data-entries={entries.length}>
      <div className="timeline-axis" aria-hidden="true">
        <div className="row-label" />
        <div className="row-track">
          {scale.ticks.map((t) => (
            <span
              key={t.at}
              className={t.major ? "tick major" : "tick"}
              style={{ left: percent(scale.x(t.at)) }}
            >
              {/* The scale's end is a boundary, not a year on it. */}
              {t.at < scale.end && (t.major || majors.length <= 3) ? t.label : ""}
            </span>
          ))}
        </div>
      </div>
      <ol className="timeline-rows">
        {rows.map(({ entry, others }) => {
          const start = entry.earliest ? Date.parse(entry.earliest) : null;
          const end = entry.latest ? Date.parse(entry.latest) : null;
          const kind = ENTRY_NODE_KIND[entry.kind];
          return (
            <li
              key={`${entry.kind}:${entry.factId}`}
              className={`timeline-row${entry.orderIsCertain ? "" : " order-open"}`}
              data-fact={entry.factId}
              data-precision={entry.precision ?? ""}
              data-order-certain={String(entry.orderIsCertain)}
            >
              <TimelineEntryLabel entry={entry} sources={sources} disputes={disputes} />
              <div className="row-track" aria-hidden="true">
                {majors.map((t) => (
                  <span key={t.at} className="gridline" style={{ left: percent(scale.x(t.at)) }} />
                ))}
                {start !== null && end !== null && (
                  <span
                    className={`bar bar-${entry.precision ?? "instant"}`}
                    style={{
                      left: percent(scale.x(start)),
                      width: percent(scale.x(end) - scale.x(start)),
                      backgroundColor: kindColour(kind),
                    }}
                    title={`${entry.at ? formatWorldTime(worldTimeOf(entry.at, entry.precision)) : ""}: drawn over all the time it may mean`}
                  />
                )}
                {others.map(({ claim, start: from, end: to }) => (
                  <span
                    key={claim.id}
                    className={`bar bar-claim bar-${claim.precision ?? "instant"}`}
                    data-claim={claim.value ?? ""}
                    style={{
                      left: percent(scale.x(from)),
                      width: percent(scale.x(to) - scale.x(from)),
                      borderColor: kindColour(kind),
                    }}
                    title={`${claim.value ? formatWorldTime(worldTimeOf(claim.value, claim.precision)) : ""} according to ${claim.sources.join(", ")}: another date the sources give`}
                  />
                ))}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
