/** An ordered row as the projector groups it: its event type and the fact it changes. */
export interface OrderedRow {
  type: string;
  id: string;
}

/**
 * The ordered rows of a batch as runs of one event type each, to be applied one statement per
 * run, in run order, each run's rows in log order. A row joins the latest run of its type that
 * no later run touches its fact (`id`) after: rows of different facts commute, so moving a row
 * before runs that do not touch its fact changes nothing, and a batch of many interleaved types
 * (an article's corroborations, aliases, claims and corrections) takes a few statements instead
 * of one per change of type. A row whose type reaches past its fact (`reachesGraph`: merges,
 * unmerges, retractions) gets a run of its own that nothing moves across.
 */
export function orderedRuns<R extends OrderedRow>(
  rows: readonly R[],
  reachesGraph: (type: string) => boolean,
): R[][] {
  const runs: R[][] = [];
  /** The first run a row may join: the one after the last barrier. */
  let floor = 0;
  /** Per fact, the last run that touches it: a row of that fact joins no run before it. */
  const lastTouch = new Map<string, number>();
  /** Per type, its latest run since the floor. */
  const latestOfType = new Map<string, number>();
  for (const row of rows) {
    if (reachesGraph(row.type)) {
      runs.push([row]);
      floor = runs.length;
      lastTouch.clear();
      latestOfType.clear();
      continue;
    }
    const earliest = lastTouch.get(row.id) ?? floor;
    const latest = latestOfType.get(row.type);
    let index: number;
    if (latest !== undefined && latest >= earliest) {
      index = latest;
      runs[index]!.push(row);
    } else {
      index = runs.length;
      runs.push([row]);
      latestOfType.set(row.type, index);
    }
    lastTouch.set(row.id, index);
  }
  return runs;
}
