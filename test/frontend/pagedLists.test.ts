import { CacheSequence, step } from "./cacheChecker";
import { clientsForTests } from "./clientsForTests";
import { FRONTEND_CLIENTS, type FrontendClient } from "./frontendClient";
import {
  CorrectFactForPagingDocument,
  HistoryPageDocument,
  LinkEntitiesForPagingDocument,
  RegisterPlaceDocument,
  RelationsPageDocument,
  ReportIncidentForPagingDocument,
  SearchPageDocument,
  StationIncidentsPageDocument,
  TimelinePageDocument,
} from "../generated/graphql";

const SOURCE = { articleId: "iss-leaks-ap-2024-02-29", quote: "State corporation Roscosmos said" };

/** A connection as the three reads answer it: edges with a cursor, and where the page stands. */
interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/**
 * Pages through a list as a "more" button does, each page after the last cursor, running
 * `between` once the first page is in (the writes of others while a person reads): the keys of
 * every edge seen, in order, and how many pages it took.
 */
async function pageThrough<Node>(
  page: (after: string | null) => Promise<Connection<Node>>,
  keyOf: (node: Node) => string,
  between: () => Promise<void>,
): Promise<{ seen: string[]; pages: number }> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= 100; pages += 1) {
    const connection = await page(after);
    seen.push(...connection.edges.map((edge) => keyOf(edge.node)));
    expect(connection.pageInfo.endCursor ?? null).toBe(connection.edges.at(-1)?.cursor ?? null);
    if (!connection.pageInfo.hasNextPage) return { seen, pages };
    after = connection.pageInfo.endCursor!;
    if (pages === 1) await between();
  }
  throw new Error("more than 100 pages");
}

/**
 * What a reader paging through must have seen: every key of the list as it is `now`, once, in its
 * order, but the one inserted behind the cursor it had passed (it asked for what came after);
 * the one inserted ahead of it among them. The total counts the list as it is now.
 */
function expectEachOnce<Node>(
  seen: string[],
  now: Connection<Node>,
  keyOf: (node: Node) => string,
  inserted: { behind: string; ahead: string },
) {
  const keys = now.edges.map((edge) => keyOf(edge.node));
  expect(now.totalCount).toBe(keys.length);
  expect(new Set(seen).size).toBe(seen.length);
  expect(keys).toContain(inserted.behind);
  expect(seen).toContain(inserted.ahead);
  expect(seen).toEqual(keys.filter((key) => key !== inserted.behind));
}

const incident = (writer: FrontendClient, id: string, title: string, occurredAt: string) =>
  writer.mutate(ReportIncidentForPagingDocument, {
    input: {
      incidentId: id,
      kind: "AIR_LEAK",
      title,
      occurredAt,
      affected: ["zvezda"],
      source: SOURCE,
    },
  });

/**
 * Pages through a list of incidents (the timeline's, the station's) while an early and a late one
 * are reported, the early one behind the cursor, then checks what was seen against the list now.
 */
async function pageWithIncidentsMeanwhile<Node>(
  writer: FrontendClient,
  list: (after: string | null, first?: number) => Promise<Connection<Node>>,
  keyOf: (node: Node) => string,
  early: { id: string; title: string; at: string },
  late: { id: string; title: string; at: string },
) {
  const { seen, pages } = await pageThrough(list, keyOf, async () => {
    await incident(writer, early.id, early.title, early.at);
    await incident(writer, late.id, late.title, late.at);
  });
  const now = await list(null, 500);
  expect(pages).toBeGreaterThan(2);
  expectEachOnce(seen, now, keyOf, { behind: early.id, ahead: late.id });
}

/**
 * Frontend lists that page (timelineConnection, relationsConnection, searchConnection): facts
 * written between two pages never make a reader see an entry twice or miss one that was there.
 */
describe.each(FRONTEND_CLIENTS)("lists that page by cursor, with %s", (_name, create) => {
  const ctx = clientsForTests(create);

  it("the timeline about Zvezda, with incidents reported before and after the cursor meanwhile", async () => {
    const sequence = new CacheSequence(ctx.reader.cache);
    const timeline = async (after: string | null, first = 3) =>
      (
        await sequence.run(
          step(`timeline after ${after}`, TimelinePageDocument, { about: "zvezda", first, after }),
        )
      ).timelineConnection;
    await pageWithIncidentsMeanwhile(
      ctx.writer,
      timeline,
      (entry) => entry.factId,
      { id: "paging-early-leak", title: "An early event", at: "2000-01" },
      { id: "paging-late-leak", title: "A late event", at: "2023-06" },
    );
    sequence.assertCacheSafe();
  });

  it("NASA's members, with members added before and after the cursor meanwhile", async () => {
    const sequence = new CacheSequence(ctx.reader.cache);
    const members = async (after: string | null, first = 2) =>
      (
        await sequence.run(
          step(`members after ${after}`, RelationsPageDocument, {
            type: "MEMBER_OF",
            to: "nasa",
            first,
            after,
          }),
        )
      ).relationsConnection;
    const member = (from: string) =>
      ctx.writer.mutate(LinkEntitiesForPagingDocument, {
        input: {
          relationId: `${from}-paged-nasa`,
          relation: "MEMBER_OF",
          from,
          to: "nasa",
          source: SOURCE,
        },
      });
    const { seen } = await pageThrough(
      members,
      (relation) => relation.from.id,
      async () => {
        await member("andreas-mogensen");
        await member("satoshi-furukawa");
      },
    );
    const now = await members(null, 500);
    expect(now.totalCount).toBe(6);
    expect(seen).toEqual([
      "chris-cassidy",
      "jasmin-moghbeli",
      "joel-montalbano",
      "loral-ohara",
      "satoshi-furukawa",
    ]);
    expectEachOnce(seen, now, (relation) => relation.from.id, {
      behind: "andreas-mogensen",
      ahead: "satoshi-furukawa",
    });
    sequence.assertCacheSafe();
  });

  it("Zvezda's history, with corrections appended meanwhile: each event once, in log order", async () => {
    const sequence = new CacheSequence(ctx.reader.cache);
    const history = async (after: string | null, first = 2) =>
      (
        await sequence.run(
          step(`history after ${after}`, HistoryPageDocument, { factId: "zvezda", first, after }),
        )
      ).historyConnection;
    const correct = (description: string) =>
      ctx.writer.mutate(CorrectFactForPagingDocument, {
        input: { factId: "zvezda", changes: { description }, reason: "paging", source: SOURCE },
      });
    const { seen, pages } = await pageThrough(
      history,
      (event) => String(event.position),
      async () => {
        await correct("The service module, corrected while a reader pages");
        await correct("The service module, corrected again");
      },
    );
    const now = await history(null, 500);
    const keys = now.edges.map((edge) => String(edge.node.position));
    expect(pages).toBeGreaterThan(2);
    // A log only grows at its end: what was appended meanwhile is ahead of every cursor.
    expect(seen).toEqual(keys);
    expect(now.totalCount).toBe(keys.length);
    expect(now.edges.slice(-2).map((edge) => edge.node.type)).toEqual([
      "FactCorrected",
      "FactCorrected",
    ]);
    sequence.assertCacheSafe();
  });

  it("the station's incidents, with incidents of a part reported before and after the cursor meanwhile", async () => {
    const sequence = new CacheSequence(ctx.reader.cache);
    const incidents = async (after: string | null, first = 2) => {
      const { stations } = await sequence.run(
        step(`incidents after ${after}`, StationIncidentsPageDocument, { id: "iss", first, after }),
      );
      return stations[0]!.incidentsIncludingPartsPage;
    };
    await pageWithIncidentsMeanwhile(
      ctx.writer,
      incidents,
      (node) => node.id,
      { id: "paging-early-part-leak", title: "An early leak of a part", at: "2001-01" },
      { id: "paging-late-part-leak", title: "A late leak of a part", at: "2023-08" },
    );
    sequence.assertCacheSafe();
  });

  it("a search for leaks, with hits added before and after the cursor meanwhile", async () => {
    const sequence = new CacheSequence(ctx.reader.cache);
    const search = async (phrase: string, after: string | null, first = 3) =>
      (
        await sequence.run(
          step(`search ${phrase} after ${after}`, SearchPageDocument, { phrase, first, after }),
        )
      ).searchConnection;
    const { seen } = await pageThrough(
      (after) => search("leak", after),
      (node) => node.id,
      async () => {
        // An entity named so comes before every incident; a long title after the short ones.
        await ctx.writer.mutate(RegisterPlaceDocument, {
          input: {
            entityId: "leak-pagingprobe",
            kind: "Place",
            name: "Leak Pagingprobe",
            source: SOURCE,
          },
        });
        await incident(
          ctx.writer,
          "paging-long-leak",
          "A leak pagingprobe told at length, with more words than any other title",
          "2023-07",
        );
        // The full-text indexes are eventually consistent: wait until both are found.
        for (let tries = 0; (await search("pagingprobe", null)).totalCount < 2; tries += 1) {
          if (tries > 50) throw new Error("the new texts were never searchable");
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
    );
    const now = await search("leak", null, 200);
    expectEachOnce(seen, now, (node) => node.id, {
      behind: "leak-pagingprobe",
      ahead: "paging-long-leak",
    });
    sequence.assertCacheSafe();
  });
});
