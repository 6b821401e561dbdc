import { CacheSequence, step } from "./cacheChecker";
import { clientsForTests } from "./clientsForTests";
import { FRONTEND_CLIENTS } from "./frontendClient";
import {
  AgencyPageDocument,
  EntitiesByNameDocument,
  LiveEventsDocument,
  PeoplePageDocument,
  RegisterPlaceDocument,
  SearchDocument,
  TimelineDocument,
  IncidentClaimsDocument,
  type LiveEventsSubscription,
  type PeoplePageQuery,
} from "../generated/graphql";

const ARTICLE = "iss-leaks-ap-2024-02-29";

/**
 * The views a frontend builds, with each client as the frontends guide sets it up, against the
 * running API: each sequence of queries is checked against the client's cache after every query.
 */
describe.each(FRONTEND_CLIENTS)("the views of a frontend, with %s", (_name, create) => {
  const ctx = clientsForTests(create);

  it("an agency's page: its members, how we know, what it operates (through fragments on Entity)", async () => {
    const sequence = new CacheSequence(ctx.reader.cache);
    const nasa = (await sequence.run(step("NASA's page", AgencyPageDocument, { id: "nasa" })))
      .agencies[0]!;
    expect(nasa.name).toBe("NASA");
    expect(nasa.members.map((person) => person.name)).toEqual([
      "Chris Cassidy",
      "Jasmin Moghbeli",
      "Joel Montalbano",
      "Loral OHara",
    ]);
    expect(nasa.membersConnection.edges.map((edge) => edge.node.id)).toEqual(
      nasa.members.map((person) => person.id),
    );
    const montalbano = nasa.membersConnection.edges.find(
      (edge) => edge.node.id === "joel-montalbano",
    )!.properties;
    expect(montalbano.quotes[0]).toContain("Joel Montalbano, NASA's station project manager");
    expect(nasa.operates).toEqual([
      { __typename: "Station", id: "iss", kind: "Station", name: "International Space Station" },
    ]);

    const roscosmos = (
      await sequence.run(step("Roscosmos's page", AgencyPageDocument, { id: "roscosmos" }))
    ).agencies[0]!;
    expect(roscosmos.members.map((person) => person.id)).toEqual(
      expect.arrayContaining(["oleg-kononenko", "nikolai-chub", "konstantin-borisov"]),
    );

    const listed = await sequence.run(
      step("a list of entities", EntitiesByNameDocument, {
        names: ["Jasmin Moghbeli", "Zvezda", "NASA"],
      }),
    );
    expect(listed.entities.map((entity) => [entity.kind, entity.id])).toEqual([
      ["Person", "jasmin-moghbeli"],
      ["Agency", "nasa"],
      ["Module", "zvezda"],
    ]);
    const moghbeli = listed.entities[0]!;
    expect("memberOf" in moghbeli && moghbeli.memberOf).toEqual([
      { __typename: "Agency", id: "nasa", name: "NASA" },
    ]);
    const zvezda = listed.entities[2]!;
    expect("partOf" in zvezda && zvezda.partOf.map((part) => "id" in part && part.id)).toEqual([
      "russian-segment",
    ]);
    sequence.assertCacheSafe();
  });

  it("a paged list: each page follows the one before through its cursor", async () => {
    const sequence = new CacheSequence(ctx.reader.cache);
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 1; page <= 5; page += 1) {
      const answer: PeoplePageQuery = await sequence.run(
        step(`people, page ${page}`, PeoplePageDocument, { first: 3, after }),
      );
      const connection = answer.peopleConnection;
      expect(connection.totalCount).toBe(11);
      names.push(...connection.edges.map((edge) => edge.node.name));
      after = connection.pageInfo.endCursor ?? null;
      if (!connection.pageInfo.hasNextPage) break;
    }
    expect(names).toHaveLength(11);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(names).size).toBe(11);
    sequence.assertCacheSafe();
  });

  it("the timeline and a search, after an agency's page", async () => {
    const sequence = new CacheSequence(ctx.reader.cache);
    await sequence.run(step("NASA's page", AgencyPageDocument, { id: "nasa" }));
    const { timeline } = await sequence.run(step("the timeline", TimelineDocument, {}));
    expect(
      timeline.entries.filter((entry) => entry.kind === "INCIDENT").map((entry) => entry.factId),
    ).toEqual([
      "zvezda-air-leak",
      "soyuz-coolant-leak",
      "progress-coolant-leak",
      "nauka-coolant-leak",
    ]);
    const { search } = await sequence.run(
      step("search: Zvezda", SearchDocument, { phrase: "Zvezda", first: 5 }),
    );
    expect(search[0]).toMatchObject({
      node: { id: "zvezda", kind: "Module", label: "Zvezda" },
      field: "NAME",
    });
    sequence.assertCacheSafe();
  });

  it("an incident whose sources disagree: its claims and the dispute, beside the timeline", async () => {
    const sequence = new CacheSequence(ctx.reader.cache);
    await sequence.run(step("the timeline", TimelineDocument, {}));
    const { incidents, disputes } = await sequence.run(
      step("the Zvezda leak's claims", IncidentClaimsDocument, { id: "zvezda-air-leak" }),
    );
    expect(incidents[0]).toMatchObject({ occurredAt: "2019-09", occurredAtPrecision: "month" });
    expect(incidents[0]!.claims.map((c) => [c.id, c.value, c.rank])).toEqual([
      ["zvezda-air-leak#occurredAt-1", "2020-08", "normal"],
      ["zvezda-air-leak#occurredAt-2", "2019-09", "preferred"],
    ]);
    expect(disputes).toEqual([
      expect.objectContaining({
        factId: "zvezda-air-leak",
        field: "occurredAt",
        claims: [
          expect.objectContaining({ value: "2019-09", rank: "preferred" }),
          expect.objectContaining({ value: "2020-08", rank: "normal" }),
        ],
      }),
    ]);
    // The timeline, read again from the cache, still says the preferred date.
    const again = await sequence.run(step("the timeline again", TimelineDocument, {}));
    expect(again.timeline.entries.find((e) => e.factId === "zvezda-air-leak")?.at).toBe("2019-09");
    sequence.assertCacheSafe();
  });

  it("a live feed: the subscription receives the event of a writer's mutation", async () => {
    const head = await ctx.server.services.store.head();
    const events: LiveEventsSubscription["events"][] = [];
    const placeId = `frontend-${ctx.reader.name.replace(/\W/g, "").toLowerCase()}-place`;
    const received = new Promise<LiveEventsSubscription["events"]>((resolve, reject) => {
      const unsubscribe = ctx.reader.subscribe(
        LiveEventsDocument,
        { fromPosition: head + 1 },
        {
          next: (data) => {
            events.push(data.events);
            if (data.events.stream === `entity-${placeId}`) {
              unsubscribe();
              resolve(data.events);
            }
          },
          error: reject,
        },
      );
    });
    // The subscription is in place before the write: graphql-ws opens the socket lazily, and a
    // subscription from a position replays what came after it anyway.
    const written = await ctx.writer.mutate(RegisterPlaceDocument, {
      input: {
        entityId: placeId,
        kind: "Place",
        name: `A place of ${ctx.reader.name}`,
        source: { articleId: ARTICLE, quote: "Moscow" },
      },
    });
    const event = await received;
    expect(event).toMatchObject({
      position: written.registerEntity.receipt.positions[0],
      stream: `entity-${placeId}`,
      type: "EntityRegistered",
    });
    expect(events[0]!.position).toBe(head + 1);
  });
});
