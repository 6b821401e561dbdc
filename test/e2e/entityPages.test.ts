import {
  CorrectFactDocument,
  EdgeFactsDocument,
  EntityPageDocument,
  FactHistoryDocument,
  LookUpDocument,
  PersonIncidentsOnDocument,
  RegisterEntityDocument,
  SearchBoxDocument,
  type SearchBoxQuery,
} from "../generated/graphql";
import { apSource } from "../support/apArticle";
import { serverForTests } from "../support/testServer";

const ALL_INCIDENTS = [
  "zvezda-air-leak",
  "soyuz-coolant-leak",
  "progress-coolant-leak",
  "nauka-coolant-leak",
];

describe("what a frontend's pages ask for (lookups, entity-page fields, search, history)", () => {
  const api = serverForTests();

  describe("lookups by id", () => {
    it("answer the one thing, of its own type", async () => {
      const zvezda = await api.request(LookUpDocument, { id: "zvezda" });
      expect(zvezda.errors).toBeUndefined();
      expect(zvezda.data).toMatchObject({
        entity: { id: "zvezda" },
        incident: null,
        statement: null,
        article: null,
        neighbourhood: { truncated: false },
      });
      const leak = await api.request(LookUpDocument, { id: "zvezda-air-leak" });
      expect(leak.data?.incident?.title).toMatch(/air leak/);
      const article = await api.request(LookUpDocument, { id: "iss-leaks-ap-2024-02-29" });
      expect(article.data?.article?.title).toMatch(/air leak/);
    });

    it("answer null, never an error or an empty list, for an unknown id", async () => {
      const { data, errors } = await api.request(LookUpDocument, { id: "no-such-thing" });
      expect(errors).toBeUndefined();
      expect(data).toEqual({
        entity: null,
        incident: null,
        statement: null,
        article: null,
        neighbourhood: null,
        path: null,
      });
    });
  });

  describe("an entity page in one round trip", () => {
    it("an agency with its members and each member's incidents", async () => {
      const { data, errors } = await api.request(EntityPageDocument, { id: "nasa" });
      expect(errors).toBeUndefined();
      const nasa = data!.entity!;
      if (nasa.__typename !== "Agency") throw new Error(`nasa is a ${nasa.__typename}`);
      const members = Object.fromEntries(nasa.members.map((m) => [m.id, m.incidents]));
      expect(Object.keys(members).sort()).toEqual([
        "chris-cassidy",
        "jasmin-moghbeli",
        "joel-montalbano",
        "loral-ohara",
      ]);
      // The crew's incidents come through the station they crew, its parts and docked vehicles.
      expect(members["loral-ohara"]!.map((i) => i.id)).toEqual(ALL_INCIDENTS);
      // Montalbano manages the station from the ground: he is crew of nothing.
      expect(members["joel-montalbano"]).toEqual([]);
    });

    it("a person's incidents honour the crew's validity on a date", async () => {
      const on = async (validOn: string | null) => {
        const { data, errors } = await api.request(PersonIncidentsOnDocument, {
          id: "satoshi-furukawa",
          validOn,
        });
        expect(errors).toBeUndefined();
        return data!.people[0]!.incidents.map((i) => i.id);
      };
      expect(await on(null)).toEqual(ALL_INCIDENTS);
      // The article attests the crew on 2024-02-29 only.
      expect(await on("2024-02-29")).toEqual(ALL_INCIDENTS);
      expect(await on("2024-02")).toEqual(ALL_INCIDENTS);
      expect(await on("2023")).toEqual([]);
      expect(await on("2024-03-01")).toEqual([]);
    });

    it("refuses a date that is none, naming the argument", async () => {
      for (const validOn of ["2023-02-29", "yesterday", "2024-02-29T10:00:00Z"]) {
        const { errors } = await api.request(PersonIncidentsOnDocument, { id: "x", validOn });
        expect(errors?.[0]?.extensions).toMatchObject({
          code: "BAD_USER_INPUT",
          field: "validOn",
        });
      }
    });

    it("the incidents of a thing include its parts' (at any depth) and its docked vehicles'", async () => {
      const incidentsOf = async (id: string) => {
        const { data } = await api.request(EntityPageDocument, { id });
        const entity = data!.entity!;
        return "incidentsIncludingParts" in entity
          ? entity.incidentsIncludingParts.map((i) => i.id)
          : [];
      };
      expect(await incidentsOf("zvezda")).toEqual(["zvezda-air-leak"]);
      // Nauka's leak was of its radiator, a part of it.
      expect(await incidentsOf("russian-segment")).toEqual([
        "zvezda-air-leak",
        "nauka-coolant-leak",
      ]);
      expect(await incidentsOf("iss")).toEqual(ALL_INCIDENTS);
    });

    it("a statement's speakers, named or attributed", async () => {
      const said = async (id: string) =>
        (await api.request(LookUpDocument, { id })).data!.statement!.speakers.map(
          (s) => `${s.__typename}:${"id" in s ? s.id : ""}`,
        );
      expect(await said("montalbano-leak-increased")).toEqual(["Person:joel-montalbano"]);
      // "Russian space officials" acknowledged it: attributed to Roscosmos, no one named.
      expect(await said("russian-officials-acknowledge-leak")).toEqual(["Agency:roscosmos"]);
      expect(await said("roscosmos-nasa-no-danger")).toEqual(["Agency:nasa", "Agency:roscosmos"]);
    });

    it("aliases, with the source and note that record them", async () => {
      const { data } = await api.request(EntityPageDocument, { id: "loral-ohara" });
      expect(data!.entity!.aliases).toEqual(["Loral O'Hara", "O'Hara"]);
      const history = await api.request(FactHistoryDocument, { factId: "loral-ohara" });
      expect(history.data!.history.map((e) => e.type)).toEqual(["EntityRegistered"]);
    });
  });

  describe("search behind a search box", () => {
    const search = async (phrase: string, options: { fuzzy?: boolean } = {}) => {
      const { data, errors, status } = await api.request(SearchBoxDocument, { phrase, ...options });
      expect({ status, errors }).toEqual({ status: 200, errors: undefined });
      return data!.search;
    };
    const first = (hits: SearchBoxQuery["search"]) =>
      hits[0] && { id: hits[0].node.id, field: hits[0].field, matched: hits[0].matched };

    it("takes a search box's raw text: punctuation and operators are words", async () => {
      expect((await search(`"leak`)).length).toBeGreaterThan(0);
      expect(first(await search("station:"))).toMatchObject({ id: "iss", field: "NAME" });
      expect(await search("(")).toEqual([]);
      expect(await search("")).toEqual([]);
      expect((await search("AND")).length).toBeGreaterThan(0);
    });

    it("finds as you type: the last word is a prefix", async () => {
      for (const typed of ["fu", "furu", "furukaw", "satoshi f"]) {
        expect(first(await search(typed))).toEqual({
          id: "satoshi-furukawa",
          field: "NAME",
          matched: "Satoshi Furukawa",
        });
      }
    });

    it("finds aliases and other spellings: ESA, JAXA, ISS, O'Hara", async () => {
      expect(first(await search("ESA"))).toEqual({ id: "esa", field: "ALIAS", matched: "ESA" });
      expect(first(await search("jaxa"))).toEqual({ id: "jaxa", field: "ALIAS", matched: "JAXA" });
      expect(first(await search("ISS"))).toEqual({ id: "iss", field: "ALIAS", matched: "ISS" });
      expect(first(await search("O\u2019Hara"))).toMatchObject({
        id: "loral-ohara",
        field: "ALIAS",
      });
    });

    it("ranks an entity above the incidents and sentences that mention it", async () => {
      const hits = await search("zvezda");
      expect(hits[0]).toMatchObject({ node: { id: "zvezda", kind: "Module" }, field: "NAME" });
      expect(hits.map((h) => h.node.id)).toContain("zvezda-air-leak");
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it("forgives misspellings only when asked (fuzzy)", async () => {
      expect(await search("furukowa")).toEqual([]);
      expect(first(await search("furukowa", { fuzzy: true }))?.id).toBe("satoshi-furukawa");
    });

    it("takes Lucene syntax when asked, refusing what is not Lucene with BAD_USER_INPUT", async () => {
      const lucene = await api.request(SearchBoxDocument, {
        phrase: "name:zvez*",
        syntax: "LUCENE",
      });
      expect(lucene.data!.search[0]!.node.id).toBe("zvezda");
      const broken = await api.request(SearchBoxDocument, { phrase: "AND", syntax: "LUCENE" });
      expect(broken.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "phrase",
      });
    });
  });

  describe("one meaning of a fact id", () => {
    it("history and sources take the fact's id or its stream, alike", async () => {
      const byId = await api.request(FactHistoryDocument, { factId: "zvezda" });
      const byStream = await api.request(FactHistoryDocument, { factId: "entity-zvezda" });
      expect(byId.data!.history.length).toBeGreaterThan(0);
      expect(byId.data).toEqual(byStream.data);
      expect(byId.data!.sources.map((s) => s.position)).toEqual(
        byId.data!.history.map((e) => e.position),
      );
      const relation = await api.request(FactHistoryDocument, {
        factId: "zvezda-part-of-russian-segment",
      });
      expect(relation.data!.history[0]).toMatchObject({
        stream: "relation-zvezda-part-of-russian-segment",
        type: "EntitiesLinked",
      });
    });

    it("every edge names the fact whose events made it, which history takes", async () => {
      const { data } = await api.request(EdgeFactsDocument, { id: "zvezda" });
      const edges = data!.neighbourhood!.edges;
      expect(edges.find((e) => e.type === "AFFECTED")).toMatchObject({
        factId: "zvezda-air-leak",
        from: "zvezda-air-leak",
      });
      expect(edges.find((e) => e.type === "PART_OF")?.factId).toBe(
        "zvezda-part-of-russian-segment",
      );
      for (const edge of edges) {
        const history = await api.request(FactHistoryDocument, { factId: edge.factId! });
        expect({ edge: edge.id, events: history.data!.history.length > 0 }).toEqual({
          edge: edge.id,
          events: true,
        });
      }
    });

    it("commands about a recorded fact take its id too, and answer with it", async () => {
      // The same correction of a description, of a recorded fact and of none.
      const correct = (factId: string) =>
        api.request(CorrectFactDocument, {
          input: {
            factId,
            changes: { description: "The article's dateline, Russia's capital" },
            reason: "a fuller description",
            source: apSource("MOSCOW (AP)"),
          },
        });
      const corrected = await correct("moscow");
      expect(corrected.errors).toBeUndefined();
      expect(corrected.data!.correctFact).toMatchObject({
        factId: "moscow",
        receipt: { stream: "entity-moscow" },
      });
      const unknown = await correct("no-such-fact");
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
    });

    it("a command's receipt names the fact id that history takes", async () => {
      const registered = await api.request(RegisterEntityDocument, {
        input: {
          entityId: "frontend-probe",
          kind: "Organization",
          name: "Frontend probe",
          source: apSource("Russian news agencies"),
        },
      });
      expect(registered.errors).toBeUndefined();
      const receipt = registered.data!.registerEntity.receipt;
      expect(receipt).toMatchObject({ factId: "frontend-probe", stream: "entity-frontend-probe" });
      const history = await api.request(FactHistoryDocument, { factId: receipt.factId });
      expect(history.data!.history.map((e) => e.position)).toEqual(receipt.positions);
    });
  });
});
