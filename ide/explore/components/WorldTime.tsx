import type { Precision } from "../generated/graphql";
import { formatWorldTime, worldTimeOf } from "../lib/worldTime";

/**
 * A world time as precisely as its source gives it, said once: "August 2020" is a month, "2020" a
 * year (the `time` element carries the value as the API spells it).
 */
export function WorldTime({
  at,
  precision,
}: {
  at: string | null | undefined;
  precision?: Precision | null;
}) {
  if (!at) return <span className="world-time undated">undated</span>;
  const time = worldTimeOf(at, precision);
  return (
    <span className="world-time" data-precision={time.precision}>
      <time dateTime={at}>{formatWorldTime(time)}</time>
    </span>
  );
}
