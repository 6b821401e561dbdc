import { LIST_PAGE } from "./readLimits";
import {
  encodeCursor,
  pageRequest,
  toPage,
  type Connection,
  type KeyShape,
  type ListFilter,
  type PageArguments,
} from "./pageCursor";

/*
 * Lists in log order, paged (historyConnection, sourcesConnection): the log's positions are
 * unique and never reused, so a position is the whole key; events appended between two pages come
 * after every position already read and are on a later page, once.
 */

/** The key of an item of a list in log order: its position. */
export const POSITION_KEY: KeyShape = ["number"];

/** Reads the items after a position, in position order, at most `limit` of them. */
export type ReadAfterPosition<Item> = (after: number, limit: number) => Promise<Item[]>;

/**
 * A page of a list in log order: `first` items (50 unless given, at most 500) after the cursor's
 * position, each with its cursor; `count` runs only when totalCount is selected.
 */
export async function pageByPosition<Item extends { position: number }>(
  list: string,
  filter: ListFilter,
  args: PageArguments,
  read: ReadAfterPosition<Item>,
  count: () => Promise<number>,
): Promise<Connection<{ node: Item }>> {
  const page = pageRequest(list, filter, args, LIST_PAGE, POSITION_KEY);
  const items = await read(page.after ? Number(page.after[0]) : 0, page.first + 1);
  const edges = items.map((node) => ({ node }));
  const cursorOf = ({ node }: { node: Item }) => encodeCursor(list, filter, [node.position]);
  return { ...toPage(edges, page, cursorOf), totalCount: count };
}
