import type { CorpusProbes } from "../tools/stories/syntheticCorpus";
import { graphReads } from "./graphReads";
import { timeTravelAndSearchReads } from "./timeTravelAndSearchReads";
import type { ReadQuery } from "./readAnswers";

export type { ReadQuery } from "./readAnswers";

/** Every read the bench measures, in the order of its table. */
export function readQueries(probes: CorpusProbes): ReadQuery[] {
  return [...graphReads(probes), ...timeTravelAndSearchReads(probes)];
}
