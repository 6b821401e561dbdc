import type { Driver } from "neo4j-driver";
import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import { rebuildProjection } from "../../src/projection/rebuildProjection";
import type { StartedServer } from "../../src/server/ApiServer";
import { bearer } from "../../tools/support/testTokens";
import { launchOfflineChromium } from "../support/offlineChromium";
import { recordingPage } from "../support/recordingPage";
import { testDriver } from "../support/testDatabase";
import { TEST_DATABASE } from "../support/testServices";
import { startTestServer, textQueryClient } from "../support/testServer";

/** The first of NASA's posts of August and September 2020 on the same leak (seed/articles). */
const FIRST_NASA_POST = "iss-leak-nasa-blog-2020-08-20";
const AP = "iss-leaks-ap-2024-02-29";

/**
 * Many articles in one graph, over HTTP as a client asks: the seed loads the AP article, then
 * NASA's three posts, which date the leak's first signs a year earlier, give figures and another
 * name.
 */
describe("knowledge from several articles", () => {
  let server: StartedServer;
  let driver: Driver;
  let ask: ReturnType<typeof textQueryClient>;
  /** The log's position before NASA's claim of 2019-09 (after the AP article's facts): the seed
   * loads the AP article first, as NASA's folders build on it. */
  let beforeClaim: number;

  async function logPosition(): Promise<number> {
    return (await ask<{ logPosition: number }>("{ logPosition }")).data!.logPosition;
  }

  beforeAll(async () => {
    server = await startTestServer();
    driver = testDriver();
    ask = textQueryClient(server.url, await bearer("writer"));
    const history = await ask<{ history: { position: number }[] }>(
      `query ($f: String!) { history(factId: $f) { position } }`,
      { f: `article-${FIRST_NASA_POST}` },
    );
    beforeClaim = history.data!.history[0]!.position - 1;
  });

  afterAll(async () => {
    await server?.stop();
    await driver?.close();
  });

  it("keeps both dates of the leak, each with its source, the later one preferred with its reason", async () => {
    const { data, errors } = await ask<{
      disputes: {
        factId: string;
        field: string;
        claims: { value: string; rank: string; reason: string | null; sources: string[] }[];
      }[];
    }>(`{ disputes(about: "zvezda-air-leak") {
            factId field claims { claimId value rank reason sources } } }`);
    expect(errors).toBeUndefined();
    expect(data!.disputes).toEqual([
      expect.objectContaining({ factId: "zvezda-air-leak", field: "occurredAt" }),
    ]);
    const [preferred, other] = data!.disputes[0]!.claims;
    expect(preferred).toMatchObject({
      value: "2019-09",
      rank: "preferred",
      // The post of 08-25 corroborates that claim alone (corroborateFact with its claimId).
      sources: ["iss-leak-nasa-blog-2020-08-20", "iss-leak-nasa-blog-2020-08-25"],
    });
    expect(preferred!.reason).toContain("September 2019");
    expect(other).toMatchObject({ value: "2020-08", rank: "normal", sources: [AP] });

    // As known before NASA's post, there was no dispute.
    const before = await ask<{ disputes: unknown[] }>(
      `query ($p: Int) { disputes(about: "zvezda-air-leak", asOfPosition: $p) { factId } }`,
      { p: beforeClaim },
    );
    expect(before.data!.disputes).toEqual([]);
  });

  it("says the leak's date as known at each position: the AP's before NASA's claim, NASA's after", async () => {
    const dateAt = async (position: number | null) => {
      const { data, errors } = await ask<{
        timeline: { entries: { factId: string; at: string; precision: string }[] };
      }>(
        `query ($p: Int) { timeline(about: "zvezda-air-leak", asOfPosition: $p) {
            entries { factId at precision } } }`,
        { p: position },
      );
      expect(errors).toBeUndefined();
      return data!.timeline.entries.find((entry) => entry.factId === "zvezda-air-leak");
    };
    expect(await dateAt(beforeClaim)).toMatchObject({ at: "2020-08", precision: "month" });
    expect(await dateAt(null)).toMatchObject({ at: "2019-09", precision: "month" });
    expect(await dateAt(await logPosition())).toMatchObject({ at: "2019-09" });

    const { data } = await ask<{
      incidents: {
        occurredAt: string;
        claims: { claimId: string; value: string; rank: string }[];
      }[];
    }>(`{ incidents(where: { id: { eq: "zvezda-air-leak" } }) {
            occurredAt claims { claimId value rank } } }`);
    expect(data!.incidents[0]!.occurredAt).toBe("2019-09");
    expect(data!.incidents[0]!.claims).toEqual([
      { claimId: "occurredAt-1", value: "2020-08", rank: "normal" },
      { claimId: "occurredAt-2", value: "2019-09", rank: "preferred" },
    ]);
  });

  it("leaves out of a timeline's window the undated entries reported before it began", async () => {
    const undated = async (from: string | null) => {
      const { data, errors } = await ask<{ timeline: { undated: { factId: string }[] } }>(
        `query ($from: String) { timeline(about: "zvezda", from: $from) { undated { factId } } }`,
        { from },
      );
      expect(errors).toBeUndefined();
      return data!.timeline.undated.map((entry) => entry.factId);
    };
    const all = await undated(null);
    expect(all.length).toBeGreaterThan(0);
    // Every article of the seed was published from August 2020 to February 2024.
    expect(await undated("2020-08")).toEqual(all);
    expect(await undated("2024-03")).toEqual([]);
    // What the AP article reported on 2024-02-29 may have happened that day; NASA's posts' not.
    const lastDay = await undated("2024-02-29");
    expect(lastDay.length).toBeGreaterThan(0);
    expect(lastDay.length).toBeLessThanOrEqual(all.length);
    expect(all).toEqual(expect.arrayContaining(lastDay));
  });

  it("shows the explorer's reader that the sources disagree on the date, and whose is preferred", async () => {
    const browser = await launchOfflineChromium("explorer-claims-test-");
    const errors: string[] = [];
    try {
      const page = await recordingPage(browser.context, errors, "incident page");
      await page.goto(`${new URL(server.url).origin}/explore/incident/zvezda-air-leak`);
      const note = page.locator('.claims-note [data-disputed="occurredAt"]');
      await note.waitFor();
      const text = await note.innerText();
      expect(text).toMatch(
        /^Sources disagree on the date:\s+September 2019 \(iss-leak-nasa-blog-2020-08-20, iss-leak-nasa-blog-2020-08-25, preferred: NASA dates/,
      );
      expect(text).toContain(`August 2020 (${AP})`);
      // Each date with the sentences that give it, each a link to its place in its article.
      expect(text).toContain("In September 2019, NASA and its international partners first saw");
      expect(text).toContain("first reported a leak in the Zvezda module in August 2020");
      const quote = note.locator(".claim-normal a.quote");
      expect(await quote.getAttribute("href")).toMatch(
        new RegExp(`^/explore/article/${AP}\\?quote=`),
      );
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("lists every article that cites an entity, with the sentence of each", async () => {
    const { data, errors } = await ask<{ entity: { sources: string[]; quotes: string[] } }>(
      `{ entity(id: "zvezda") { sources quotes } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.entity.sources).toEqual([
      AP,
      "iss-leak-nasa-blog-2020-08-25",
      "iss-leak-nasa-blog-2020-09-29",
    ]);
    expect(data!.entity.quotes.slice(1)).toEqual([
      "the Zvezda service module",
      "the main work area of the Zvezda Service Module",
    ]);
    // The post of 2020-08-20 cites it through the alias it gives it.
    const aliases = await ask<{ aliases: { name: string; sources: string[] }[] }>(
      `{ aliases(where: { entityId: { eq: "zvezda" } }) { name sources } }`,
    );
    expect(aliases.data!.aliases).toContainEqual({
      name: "Zvezda service module",
      sources: [FIRST_NASA_POST],
    });
  });

  it("keeps figures in their units and in base units, with what they measure", async () => {
    const { data, errors } = await ask<{
      quantities: Record<string, unknown>[];
    }>(`{ quantities(where: { id: { in: ["iss-crew-2020-08-20", "zvezda-permanent-habitation-2020"] } },
                     sort: [{ id: ASC }]) {
            id value upperBound unit dimension baseUpperBound label of { __typename ... on Station { id } ... on Module { id } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.quantities).toEqual([
      expect.objectContaining({
        id: "iss-crew-2020-08-20",
        value: 3,
        unit: "{person}",
        of: { __typename: "Station", id: "iss" },
      }),
      expect.objectContaining({
        id: "zvezda-permanent-habitation-2020",
        value: null,
        upperBound: 20,
        unit: "a",
        of: { __typename: "Module", id: "zvezda" },
      }),
    ]);
    // 20 years in seconds: figures of one dimension compare whatever their units.
    expect(data!.quantities[1]!.baseUpperBound).toBeCloseTo(20 * 365.25 * 86_400, -3);
  });

  it("refuses a new entity named as a known one, naming it; distinctFrom lets another one in", async () => {
    const register = (distinctFrom: string[] | null) =>
      ask(
        `mutation ($d: [ID!]) { registerEntity(input: {
            entityId: "zvezda-again", kind: Module, name: "Zvezda service module", distinctFrom: $d,
            source: { articleId: "iss-leak-nasa-blog-2020-08-25", quote: "the Zvezda service module" } })
          { receipt { stream } } }`,
        { d: distinctFrom },
      );
    const head = await logPosition();
    const refused = await register(null);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "POSSIBLE_DUPLICATE",
      candidates: [expect.objectContaining({ id: "zvezda", matched: "Zvezda service module" })],
    });
    expect(await logPosition()).toBe(head);

    const { data } = await ask<{ aliases: { name: string; sources: string[] }[] }>(
      `{ aliases(where: { entityId: { eq: "zvezda" } }) { name sources } }`,
    );
    expect(data!.aliases).toContainEqual({
      name: "Zvezda service module",
      sources: ["iss-leak-nasa-blog-2020-08-20"],
    });
  });

  it("merges a duplicate into the entity it is, moving its relations, and undoes it exactly", async () => {
    const original = await projectionFingerprint(driver, TEST_DATABASE);
    const source = {
      articleId: "iss-leak-nasa-blog-2020-09-29",
      quote: "the Pirs Docking Compartment",
    };
    const registered = await ask(
      `mutation ($s: SourceInput!) {
         registerEntity(input: { entityId: "docking-compartment", kind: Module, name: "Docking Compartment", source: $s })
           { receipt { stream } }
         linkEntities(input: { relationId: "docking-compartment-part-of-russian-segment", relation: PART_OF,
                               from: "docking-compartment", to: "russian-segment", source: $s })
           { receipt { stream } } }`,
      { s: source },
    );
    expect(registered.errors).toBeUndefined();
    const beforeMerge = await projectionFingerprint(driver, TEST_DATABASE);

    const merged = await ask(
      `mutation ($s: SourceInput!) { mergeEntities(input: { entityId: "docking-compartment", into: "pirs",
          reason: "The post calls Pirs the Docking Compartment", source: $s }) { receipt { stream } } }`,
      { s: source },
    );
    expect(merged.errors).toBeUndefined();
    const parts = await ask<{ modules: { id: string; partOf: { id: string }[] }[] }>(
      `{ modules(where: { id: { in: ["pirs", "docking-compartment"] } }) { id partOf { ... on Segment { id } } } }`,
    );
    expect(parts.data!.modules).toEqual([{ id: "pirs", partOf: [{ id: "russian-segment" }] }]);
    // The merged id answers the entity it was merged into, under that one's id.
    const redirected = await ask<{ entity: { id: string; name: string } }>(
      `{ entity(id: "docking-compartment") { id name } }`,
    );
    expect(redirected.data!.entity).toEqual({ id: "pirs", name: "Pirs" });

    const unmerged = await ask(
      `mutation ($s: SourceInput!) { unmergeEntities(input: { entityId: "docking-compartment",
          reason: "Checked again", source: $s }) { receipt { stream } } }`,
      { s: source },
    );
    expect(unmerged.errors).toBeUndefined();
    expect(await projectionFingerprint(driver, TEST_DATABASE)).toEqual(beforeMerge);
    expect(beforeMerge).not.toEqual(original);
  });

  it("projects the same graph when rebuilt from the log", async () => {
    const live = await projectionFingerprint(driver, TEST_DATABASE);
    await rebuildProjection(driver, TEST_DATABASE, { pageSize: 50 });
    expect(await projectionFingerprint(driver, TEST_DATABASE)).toEqual(live);
  });
});
