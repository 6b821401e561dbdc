import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { AP_ARTICLE, apSource } from "../support/apArticle";
import {
  changesPage,
  changeWrites,
  PATIENT_SETTINGS,
  type ChangeRecord,
} from "../support/factChanges";
import { encodeCursor } from "../../src/explore/pageCursor";
import { serverForTests } from "../support/testServer";

const NEW_TITLE = "Air leak in the Zvezda module";

/**
 * "What changed since P" over HTTP, as a client cache catching up asks it: after a creation, a
 * correction, a retraction and a merge, each changed fact is listed once with its new state.
 */
describe("changes since a log position", () => {
  const api = serverForTests({ settings: PATIENT_SETTINGS });

  async function logPosition(): Promise<number> {
    return (await api.ask<{ logPosition: number }>("{ logPosition }")).data!.logPosition;
  }

  /** Every page from `since` to the head, with `between` run after each page but the last. */
  async function allPages(since: number, first: number, between?: () => Promise<void>) {
    const pages = [];
    let after: string | undefined;
    for (;;) {
      const { data, errors } = await changesPage(api.ask, {
        since,
        first,
        ...(after ? { after } : {}),
      });
      expect(errors).toBeUndefined();
      pages.push(data!.changes);
      if (!data!.changes.hasNextPage) return pages;
      after = data!.changes.endCursor;
      await between?.();
    }
  }

  let since: number;
  let head: number;

  beforeAll(async () => {
    since = await logPosition();
    const writes = changeWrites(api.ask);
    await writes.registerDuplicate(true);
    await writes.correct("relation-thermal-control-part-of-nauka", "{ certainty: inferred }", {
      articleId: AP_ARTICLE,
      quote: "its main thermal control system was operating normally",
    });
    await writes.correct("zvezda-air-leak", `{ title: "${NEW_TITLE}" }`);
    await writes.retractStatement();
    await writes.mergeDuplicate();
    head = await logPosition();
  });

  it("lists each fact changed after P once, with its new state, a tombstone or its survivor", async () => {
    const { data, errors } = await changesPage(api.ask, { since });
    expect(errors).toBeUndefined();
    const page = data!.changes;
    expect(page).toMatchObject({ asOfPosition: head, hasNextPage: false });
    const byFact = new Map(page.changes.map((change) => [change.factId, change]));
    expect(page.changes.map((c) => c.factId)).toEqual([
      "docking-compartment-part-of-russian-segment",
      "thermal-control-part-of-nauka",
      "zvezda-air-leak",
      "roscosmos-no-threat",
      "docking-compartment",
    ]);
    // In the order of their last changes, the merge last (the registration is not listed again).
    expect(page.changes.map((c) => c.position)).toEqual(
      [...page.changes.map((c) => c.position)].sort((a, b) => a - b),
    );
    expect(page.changes.at(-1)!.position).toBe(head);
    expect(byFact.get("docking-compartment-part-of-russian-segment")).toMatchObject({
      typename: "RelationFact",
      kind: "CREATED",
      node: null,
      tombstone: null,
      // Moved to the survivor by the merge, with no event of its own.
      relation: {
        factId: "docking-compartment-part-of-russian-segment",
        from: { id: "pirs" },
        to: { id: "russian-segment" },
      },
    });
    expect(byFact.get("thermal-control-part-of-nauka")).toMatchObject({
      typename: "RelationFact",
      kind: "CORRECTED",
      node: null,
      relation: {
        factId: "thermal-control-part-of-nauka",
        certainty: "inferred",
        from: { id: "nauka-thermal-control" },
        to: { id: "nauka" },
      },
    });
    expect(byFact.get("zvezda-air-leak")).toMatchObject({
      typename: "Incident",
      kind: "CORRECTED",
      lastEventType: "FactCorrected",
      node: { __typename: "Incident", id: "zvezda-air-leak", title: NEW_TITLE },
      tombstone: null,
    });
    const retracted = byFact.get("roscosmos-no-threat")!;
    expect(retracted).toMatchObject({ typename: "Statement", kind: "RETRACTED", node: null });
    expect(retracted.tombstone).toEqual({
      id: "roscosmos-no-threat",
      typename: "Statement",
      position: retracted.position,
    });
    expect(byFact.get("docking-compartment")).toMatchObject({
      typename: "Module",
      kind: "MERGED",
      mergedInto: "pirs",
      node: { __typename: "Module", id: "pirs", name: "Pirs" },
    });
  });

  it("lists nothing after the head, and says so", async () => {
    const { data } = await changesPage(api.ask, { since: head });
    expect(data!.changes).toMatchObject({ asOfPosition: head, hasNextPage: false, changes: [] });
  });

  it("pages with writes in between and sees each change once, at its last position", async () => {
    const at = await logPosition();
    let writes = 0;
    const pages = await allPages(since, 2, async () => {
      // Two rounds of writes: each adds two changes, as many as a page holds.
      if (writes === 2) return;
      writes += 1;
      // A fact of an earlier page changed again, and a new one.
      const { correct, write } = changeWrites(api.ask);
      await correct("zvezda-air-leak", `{ title: "${NEW_TITLE} (${writes})" }`);
      await write(
        `mutation ($s: SourceInput!) { registerEntity(input: { entityId: "changes-page-${writes}", kind: Place,
           name: "Changes page ${writes}", source: $s }) { receipt { stream } } }`,
        { s: apSource("Moscow") },
      );
    });
    const seen: ChangeRecord[] = pages.flatMap((page) => page.changes);
    const keys = seen.map((c) => `${c.factId}@${c.position}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Every page starts where the one before ended: positions only grow.
    expect(seen.map((c) => c.position)).toEqual(
      [...seen.map((c) => c.position)].sort((a, b) => a - b),
    );
    for (let n = 1; n <= writes; n++)
      expect(seen.map((c) => c.factId)).toContain(`changes-page-${n}`);
    // What a client at the last page's position learns: nothing more.
    const last = pages.at(-1)!;
    expect(last.asOfPosition).toBeGreaterThan(at);
    const rest = await changesPage(api.ask, { since: last.asOfPosition });
    expect(rest.data!.changes.changes).toEqual([]);
    // Each fact's last record is its last change in the log.
    const fresh = await changesPage(api.ask, { since, first: 1000 });
    for (const change of fresh.data!.changes.changes) {
      const records = seen.filter((c) => c.factId === change.factId);
      expect(records.at(-1)?.position).toBe(change.position);
    }
  });

  it.each([
    [{ since: -1 }, "since"],
    [{ since: 1_000_000 }, "since"],
    [{ since: 0, first: 0 }, "first"],
    [{ since: 0, first: 1001 }, "first"],
    [{ since: 0, after: "garbage" }, "after"],
    // A cursor of an older format, one of another since, one before since, one past the head.
    [{ since: 0, after: Buffer.from("changes:4").toString("base64") }, "after"],
    [{ since: 3, after: encodeCursor("changes", { since: 0 }, [4]) }, "after"],
    [{ since: 5, after: encodeCursor("changes", { since: 5 }, [4]) }, "after"],
    [{ since: 0, after: encodeCursor("changes", { since: 0 }, [1_000_000]) }, "after"],
  ])("refuses %j with BAD_USER_INPUT naming %s, and changes nothing", async (variables, field) => {
    const before = await logPosition();
    const { data, errors } = await changesPage(api.ask, variables);
    expect(data?.changes ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await logPosition()).toBe(before);
  });

  it.each([-1, 1_000_000])(
    "refuses factChanges from position %i with BAD_USER_INPUT, before anything streams",
    async (fromPosition) => {
      const client = createClient({ url: api.server.wsUrl, webSocketImpl: WebSocket, lazy: true });
      try {
        const refusal = new Promise<unknown>((resolve, reject) =>
          client.subscribe(
            {
              query: "subscription ($p: Int) { factChanges(fromPosition: $p) { factId } }",
              variables: { p: fromPosition },
            },
            {
              next: (result) => resolve(result),
              error: resolve,
              complete: () => reject(new Error("completed")),
            },
          ),
        );
        await expect(refusal).resolves.toEqual({
          errors: [
            expect.objectContaining({
              extensions: expect.objectContaining({
                code: "BAD_USER_INPUT",
                field: "fromPosition",
              }),
            }),
          ],
        });
      } finally {
        await client.dispose();
      }
    },
  );
});
