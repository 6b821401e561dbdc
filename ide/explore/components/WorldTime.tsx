import type { Precision } from "../generated/graphql";
import { formatWorldTime, precisionOf } from "../lib/worldTime";

/** A world time as precise as its source, and saying how precise that is ("August 2020 · month"). */
export function WorldTime({
  at,
  precision,
  showPrecision = true,
}: {
  at: string | null | undefined;
  precision?: Precision | null;
  showPrecision?: boolean;
}) {
  if (!at) return <span className="world-time undated">undated</span>;
  const p = precision ?? precisionOf(at);
  return (
    <span className="world-time">
      <time dateTime={at}>{formatWorldTime(at, p)}</time>
      {showPrecision && <span className="precision"> · {p}</span>}
    </span>
  );
}
