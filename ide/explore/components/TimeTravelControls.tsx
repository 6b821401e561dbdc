import { useEffect, useId, useRef, useState } from "react";

/** Slider moves shorter than this ask the API once, not once per step. */
const SETTLE_MS = 200;

/**
 * The two times of every fact: a slider over the log's positions (0 to its head: "as known at
 * position P") and a date ("as true on D"), both sent to the API as asOfPosition and validOn.
 */
export function TimeTravelControls({
  head,
  asOf,
  validOn,
  onAsOf,
  onValidOn,
}: {
  /** The log's head: the slider's end, "now". */
  head: number;
  asOf: number | null;
  validOn: string | null;
  onAsOf: (position: number | null) => void;
  onValidOn: (date: string | null) => void;
}) {
  const id = useId();
  const [position, setPosition] = useState(asOf ?? head);
  // The position last sent: when the URL comes back with it, the slider may have moved on since
  // (keys pressed while the page was busy), and must not be put back.
  const sent = useRef<number | null | undefined>(undefined);
  // The URL is the truth: follow it (back, forward, a link), and the head as it grows (live).
  useEffect(() => {
    if (sent.current !== undefined && sent.current === asOf) {
      sent.current = undefined;
      return;
    }
    setPosition(asOf ?? head);
  }, [asOf, head]);
  useEffect(() => {
    const wanted = position >= head ? null : position;
    if (wanted === asOf) return;
    const t = setTimeout(() => {
      sent.current = wanted;
      onAsOf(wanted);
    }, SETTLE_MS);
    return () => clearTimeout(t);
  }, [position, head, asOf, onAsOf]);

  return (
    <fieldset className="time-travel">
      <legend className="visually-hidden">Time travel</legend>
      <div className="control">
        <label htmlFor={`${id}-asof`}>
          As known at log position <output htmlFor={`${id}-asof`}>{position}</output> of {head}
          {position >= head && " (now)"}
        </label>
        <input
          id={`${id}-asof`}
          type="range"
          min={0}
          max={head}
          step={1}
          value={Math.min(position, head)}
          aria-valuetext={
            position >= head ? `position ${head}, now` : `position ${position} of ${head}`
          }
          onChange={(e) => setPosition(Number(e.target.value))}
        />
      </div>
      <div className="control">
        <label htmlFor={`${id}-valid`}>As true in the world on</label>
        <input
          id={`${id}-valid`}
          type="date"
          value={validOn ?? ""}
          onChange={(e) => onValidOn(e.target.value || null)}
        />
        {validOn && (
          <button type="button" onClick={() => onValidOn(null)}>
            Any date
          </button>
        )}
      </div>
    </fieldset>
  );
}
