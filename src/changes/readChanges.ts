import { invalid } from "../domain/DomainError";
import { parseStreamId } from "../domain/streams";
import type { StreamChanges } from "../eventstore/lastChanges";
import { positionOfCursor } from "./changeCursor";
import { factChangeOf, type FactChange } from "./FactChange";

/** The most changes one page may hold (as eventLog's pages). */
export const MAX_CHANGES_PAGE = 1000;
/**
 * The most log positions one page looks at: a stream changed many times after the position
 * (one fact corrected ten thousand times) fills no page, and the read stays bounded all the same;
 * the page then ends short of a full one and its cursor says how far it looked.
 */
export const CHANGES_WINDOW = 10_000;

/** What a page of changes is read from: the log, and the kinds (types) of entities in the graph. */
export interface ChangeSources {
  streamChanges(after: number, limit: number, window: number): Promise<StreamChanges>;
  /** Each entity's kind by id, current, retracted or merged alike. */
  entityKinds(ids: readonly string[]): Promise<Map<string, string>>;
}

export interface ChangesArguments {
  /** The position the client's copy is at: every fact changed after it is listed. */
  since: number;
  first: number;
  /** A page's endCursor: the next page starts after it. */
  after?: string | null | undefined;
}

export interface FactChangePage {
  /** Each fact changed in the page's range, once, by the position of its last change. */
  changes: FactChange[];
  /** The log's head the page was read at. */
  asOfPosition: number;
  /** The last position the page covers: its endCursor. */
  through: number;
  /** Whether the log goes on past `through`. */
  hasNextPage: boolean;
}

/**
 * The facts changed after `since`, a page at a time: each once, at its last change up to the
 * log's head, with what the change did to it. Out-of-range arguments are refused
 * (BAD_USER_INPUT, naming the argument) before anything is listed.
 */
export async function readChanges(
  sources: ChangeSources,
  { since, first, after }: ChangesArguments,
  /** The name of the argument that gave `since`, for refusals (the subscription's fromPosition). */
  sinceArgument = "since",
): Promise<FactChangePage> {
  if (!Number.isInteger(since) || since < 0)
    throw invalid(sinceArgument, `${sinceArgument} must be a log position (0 or more)`);
  if (!Number.isInteger(first) || first < 1 || first > MAX_CHANGES_PAGE)
    throw invalid("first", `first must be between 1 and ${MAX_CHANGES_PAGE}`);
  const from = after === null || after === undefined ? since : positionOfCursor(after);
  if (from < since)
    throw invalid("after", `after stands for position ${from}, before since (${since})`);
  const page = await sources.streamChanges(from, first, CHANGES_WINDOW);
  if (from > page.head) {
    const field = from === since ? sinceArgument : "after";
    throw invalid(
      field,
      `${field} stands for position ${from}, past the log's head (${page.head}): this log is not the one the client followed`,
    );
  }
  const entityIds = page.lastEvents.flatMap((event) => {
    const parsed = parseStreamId(event.stream);
    return parsed?.category === "entity" ? [parsed.id] : [];
  });
  const kinds = await sources.entityKinds(entityIds);
  return {
    changes: page.lastEvents.map((event) =>
      factChangeOf(
        event,
        since,
        page.firstPositions.get(event.stream) ?? event.position,
        kinds.get(parseStreamId(event.stream)?.id ?? ""),
      ),
    ),
    asOfPosition: page.head,
    through: page.through,
    hasNextPage: page.through < page.head,
  };
}
