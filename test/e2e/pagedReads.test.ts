import { serverForTests } from "../support/testServer";

type Edge = { cursor: string; node: Record<string, unknown> };
type Page = { edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const ENTRY = "kind factId summary at earliest latest orderIsCertain knownSince";

/**
 * The explore reads' connections against the seeded API: their pages, put end to end, are the
 * unpaged answer (orderIsCertain across page boundaries too), and a cursor or a page size they
 * did not issue is refused with a code, never answered as the first page or as a 500.
 */
describe("paged explore reads", () => {
  const api = serverForTests();

  /** Every page of a list, each read after the last one's endCursor: the edges, end to end. */
  async function pagesOf(read: (after: string | null) => Promise<Page>) {
    const edges: Edge[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await read(after);
      edges.push(...page.edges);
      if (!page.pageInfo.hasNextPage) return edges;
      after = page.pageInfo.endCursor;
    }
  }

  /** Every page of a connection (a root field) read `first` at a time: the edges, end to end. */
  function allPages(field: string, args: string, selection: string, first: number) {
    return pagesOf(async (after) => {
      const { data, errors } = await api.ask<Record<string, Page>>(
        `query ($after: String) { ${field}(${args} first: ${first}, after: $after) {
           edges { cursor node { ${selection} } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      return data![field]!;
    });
  }

  it.each([[{}], [{ asOfPosition: 90 }], [{ about: "zvezda" }], [{ until: "2021" }]])(
    "the timeline %j, two entries a page, is the unpaged timeline",
    async (filter) => {
      const args = Object.entries(filter)
        .map(([name, value]) => `${name}: ${JSON.stringify(value)}`)
        .join(" ");
      const paged = await allPages("timelineConnection", args, ENTRY, 2);
      const { data } = await api.ask<{
        timeline: { entries: unknown[]; undated: { factId: string }[] };
      }>(`{ timeline${args ? `(${args})` : ""} { entries { ${ENTRY} } undated { ${ENTRY} } } }`);
      const dated = paged.filter((edge) => edge.node.at !== null).map((edge) => edge.node);
      expect(dated).toEqual(data!.timeline.entries);
      const undated = paged.filter((edge) => edge.node.at === null).map((e) => e.node.factId);
      expect([...undated].sort()).toEqual(data!.timeline.undated.map((e) => e.factId).sort());
      expect(paged.length).toBeGreaterThan(2);
    },
  );

  it("relations, three a page, are the unpaged relations in the same order", async () => {
    const selection = "id factId type from { id } to { id } knownSince";
    const paged = await allPages("relationsConnection", "", selection, 3);
    const { data } = await api.ask<{ relations: unknown[] }>(`{ relations { ${selection} } }`);
    expect(paged.map((edge) => edge.node)).toEqual(data!.relations);
  });

  it.each([
    ["historyConnection", "history", "id position stream type recordedAt"],
    ["sourcesConnection", "sources", "eventId position articleId quote"],
  ])("%s of Zvezda, two a page, is the unpaged %s in log order", async (field, list, selection) => {
    const paged = await allPages(field, 'factId: "zvezda"', selection, 2);
    const { data } = await api.ask<Record<string, { position: number }[]>>(
      `{ ${list}(factId: "zvezda") { ${selection} } }`,
    );
    expect(paged.map((edge) => edge.node)).toEqual(data![list]);
    expect(paged.length).toBeGreaterThan(2);
    const positions = paged.map((edge) => edge.node.position as number);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("a fact's historyConnection field pages its history, and counts it", async () => {
    type Module = { historyConnection: Page & { totalCount: number } };
    const module = async (after: string | null) => {
      const { data, errors } = await api.ask<{ modules: Module[] }>(
        `query ($after: String) { modules(where: { id: { eq: "zvezda" } }) {
           historyConnection(first: 2, after: $after) {
             edges { cursor node { id position } } pageInfo { hasNextPage endCursor } totalCount } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      return data!.modules[0]!.historyConnection;
    };
    const paged = await pagesOf(module);
    const { data } = await api.ask<{ history: unknown[] }>(
      `{ history(factId: "entity-zvezda") { id position } }`,
    );
    expect(paged.map((edge) => edge.node)).toEqual(data!.history);
    expect((await module(null)).totalCount).toBe(paged.length);
  });

  /** Every page of an entity's incident connection, two at a time, and its totalCount. */
  async function incidentPages(id: string, field: string, args = "") {
    let total = 0;
    const edges = await pagesOf(async (after) => {
      const { data, errors } = await api.ask<{
        entity: Record<string, Page & { totalCount: number }>;
      }>(
        `query ($after: String) { entity(id: "${id}") { ... on ${field.startsWith("incidentsIncl") ? "Station" : "Person"} {
           ${field}(${args} first: 2, after: $after) {
             edges { cursor node { id occurredAt } } pageInfo { hasNextPage endCursor } totalCount } } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      total = data!.entity[field]!.totalCount;
      return data!.entity[field]!;
    });
    expect(total).toBe(edges.length);
    return edges.map((edge) => edge.node.id);
  }

  it("a station's incidents, two a page, are the unpaged incidentsIncludingParts", async () => {
    const paged = await incidentPages("iss", "incidentsIncludingPartsPage");
    const { data } = await api.ask<{ stations: { incidentsIncludingParts: { id: string }[] }[] }>(
      `{ stations(where: { id: { eq: "iss" } }) { incidentsIncludingParts { id } } }`,
    );
    expect(paged).toEqual(data!.stations[0]!.incidentsIncludingParts.map((i) => i.id));
    expect(paged.length).toBeGreaterThan(2);
  });

  it("a person's incidents: those of their crews' time, and those they reported", async () => {
    const crew = await incidentPages("loral-ohara", "incidentsPage");
    const { data } = await api.ask<{ people: { incidents: { id: string }[] }[] }>(
      `{ people(where: { id: { eq: "loral-ohara" } }) { incidents { id } } }`,
    );
    // Crew on 2024-02-29 only: not every incident of the station since 2019, as incidents says.
    expect(crew.length).toBeLessThan(data!.people[0]!.incidents.length);
    const reporter = await incidentPages("joel-montalbano", "incidentsPage");
    expect(reporter.length).toBeGreaterThan(0);
    expect(await incidentPages("loral-ohara", "incidentsPage", 'validOn: "2019"')).toEqual([]);
  });

  it("totalCount counts the whole list, whatever the page", async () => {
    const { data } = await api.ask<Record<string, { totalCount: number; edges: unknown[] }>>(
      `{ t: timelineConnection(about: "zvezda", first: 1) { totalCount edges { cursor } }
         r: relationsConnection(to: "nasa", first: 1) { totalCount edges { cursor } }
         s: searchConnection(phrase: "leak", first: 1) { totalCount edges { cursor } }
         h: historyConnection(factId: "zvezda", first: 1) { totalCount edges { cursor } }
         c: sourcesConnection(factId: "zvezda", first: 1) { totalCount edges { cursor } } }`,
    );
    const t = await allPages("timelineConnection", 'about: "zvezda"', "factId", 500);
    expect(data!.t!.totalCount).toBe(t.length);
    expect(data!.r!.totalCount).toBe(
      (await allPages("relationsConnection", 'to: "nasa"', "id", 500)).length,
    );
    expect(data!.s!.totalCount).toBe(
      (await allPages("searchConnection", 'phrase: "leak"', "id", 200)).length,
    );
    for (const [alias, field] of [
      ["h", "historyConnection"],
      ["c", "sourcesConnection"],
    ] as const)
      expect(data![alias]!.totalCount).toBe(
        (await allPages(field, 'factId: "zvezda"', "position", 500)).length,
      );
  });

  /** The refusal of a timeline page after `after` (with its data: null), or "answered". */
  async function refusal(after: string | null, first = 2, about = "zvezda") {
    const { data, errors } = await api.ask(
      `query ($after: String, $first: Int!, $about: ID) {
         timelineConnection(about: $about, first: $first, after: $after) { edges { cursor } } }`,
      { after, first, about },
    );
    return errors ? { data: data ?? null, ...errors[0]!.extensions } : "answered";
  }

  it("refuses a cursor it did not issue for this list: damaged, tampered, of another list", async () => {
    const { data } = await api.ask<{ t: Page; r: Page }>(
      `{ t: timelineConnection(about: "zvezda", first: 2) { edges { cursor node { factId } } pageInfo { hasNextPage endCursor } }
         r: relationsConnection(first: 2) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    const cursor = data!.t.pageInfo.endCursor!;
    const payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as {
      k: unknown[];
    };
    const tampered = Buffer.from(
      JSON.stringify({ ...payload, k: [...payload.k.slice(0, 3), 42] }),
      "utf8",
    ).toString("base64url");
    const badInput = { data: null, code: "BAD_USER_INPUT", field: "after" };
    expect(await refusal("not a cursor")).toMatchObject(badInput);
    expect(await refusal(Buffer.from("arrayconnection:3").toString("base64"))).toMatchObject(
      badInput,
    );
    expect(await refusal(tampered)).toMatchObject(badInput);
    expect(await refusal(data!.r.pageInfo.endCursor)).toMatchObject(badInput);
    expect(await refusal(cursor, 2, "nasa")).toMatchObject(badInput);
    expect(await refusal(cursor)).toBe("answered");
  });

  it("refuses a history or sources cursor of another list or fact", async () => {
    const page = async (field: string, factId: string, after: string | null = null) =>
      api.ask<Record<string, Page>>(
        `query ($factId: String!, $after: String) {
           ${field}(factId: $factId, first: 1, after: $after) { pageInfo { hasNextPage endCursor } } }`,
        { factId, after },
      );
    const history = (await page("historyConnection", "zvezda")).data!.historyConnection!;
    const sources = (await page("sourcesConnection", "zvezda")).data!.sourcesConnection!;
    const refused = async (field: string, factId: string, after: string | null) =>
      (await page(field, factId, after)).errors?.[0]?.extensions;
    const badInput = { code: "BAD_USER_INPUT", field: "after" };
    expect(await refused("historyConnection", "nasa", history.pageInfo.endCursor)).toMatchObject(
      badInput,
    );
    expect(await refused("historyConnection", "zvezda", sources.pageInfo.endCursor)).toMatchObject(
      badInput,
    );
    expect(await refused("sourcesConnection", "zvezda", "not a cursor")).toMatchObject(badInput);
    expect(await refused("historyConnection", "zvezda", history.pageInfo.endCursor)).toBe(
      undefined,
    );
  });

  it("refuses a page size out of its range with a code: 1 to 500", async () => {
    expect(await refusal(null, 0)).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(await refusal(null, 501)).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(await refusal(null, 500)).toBe("answered");
    const { errors } = await api.ask(
      `{ searchConnection(phrase: "leak", first: 201) { totalCount } }`,
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});
