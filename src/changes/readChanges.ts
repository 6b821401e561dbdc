import { invalid } from "../domain/DomainError";
import { parseStreamId } from "../domain/streams";
import type { StreamChanges } from "../eventstore/lastChanges";
import { encodeCursor, pageRequest } from "../explore/pageCursor";
import { factChangeOf, type FactChange } from "./FactChange";

/** The most changes one page may hold (as eventLog's pages), and how many when first is not given. */
export const MAX_CHANGES_PAGE = 1000;
const DEFAULT_CHANGES_PAGE = 100;
/**
 * The list the cursors belong to (src/explore/pageCursor.ts): a cursor is the last log position a
 * page covers, bound to the page's since, so it stays valid whatever is appended after it.
 */
const LIST = "changes";
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
  first?: number | null;
  /** A page's endCursor: the next page starts after it. */
  after?: string | null | undefined;
}

export interface FactChangePage {
  /** Each fact changed in the page's range, once, by the position of its last change. */
  changes: FactChange[];
  /** The log's head the page was read at. */
  asOfPosition: number;
  /** The last position the page covers. */
  through: number;
  /** The cursor of the next page: `through`, bound to `since`. */
  endCursor: string;
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
  const request = pageRequest(
    LIST,
    { since },
    { first, after },
    { defaultFirst: DEFAULT_CHANGES_PAGE, maxFirst: MAX_CHANGES_PAGE },
    ["number"],
  );
  const from = (request.after?.[0] as number | undefined) ?? since;
  if (from < since)
    throw invalid("after", `after stands for position ${from}, before since (${since})`);
  const page = await sources.streamChanges(from, request.first, CHANGES_WINDOW);
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
    endCursor: encodeCursor(LIST, { since }, [page.through]),
    hasNextPage: page.through < page.head,
  };
}
