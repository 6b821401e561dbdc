import { DateTime } from "neo4j-driver";
import { archivedEventProperties, toArchivedEvent } from "../../../src/eventstore/eventProperties";
import { int } from "../../../src/neo4j/neo4jValues";

/** An (:Event) node's properties as Neo4j returns them (integers and a DateTime; no nulls). */
function stored(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "e-1",
    position: int(12),
    stream: "relation-r1",
    revision: int(3),
    type: "FactRetracted",
    schemaVersion: int(1),
    data: JSON.stringify({ factId: "relation-r1", reason: "wrong" }),
    commandId: "c-1",
    commandHash: "b".repeat(64),
    correlationId: "w-1",
    causationId: "c-1",
    actor: "editor",
    occurredAt: "2021-08",
    occurredPrecision: "month",
    recordedAt: new DateTime(2024, 2, 29, 10, 0, 0, 123_000_000, 0),
    sourceArticle: "a",
    sourceQuote: "it was wrong",
    sourceNote: "",
    ...overrides,
  };
}

describe("an event as a backup holds it", () => {
  it("is what was stored, not upcast, with its command's hash, and converts back to it", () => {
    const archived = toArchivedEvent(stored());
    expect(archived).toEqual({
      position: 12,
      id: "e-1",
      stream: "relation-r1",
      revision: 3,
      type: "FactRetracted",
      schemaVersion: 1,
      data: { factId: "relation-r1", reason: "wrong" },
      metadata: { commandId: "c-1", correlationId: "w-1", causationId: "c-1", actor: "editor" },
      commandHash: "b".repeat(64),
      occurredAt: { value: "2021-08", precision: "month" },
      recordedAt: "2024-02-29T10:00:00.123Z",
      source: { articleId: "a", quote: "it was wrong", note: "" },
    });
    const back = archivedEventProperties(archived);
    expect(back.recordedAt.toString()).toBe(stored().recordedAt!.toString());
    expect(back.data).toBe(stored().data);
  });

  it("leaves out what the event does not have", () => {
    const {
      commandHash: _h,
      occurredAt: _o,
      occurredPrecision: _p,
      sourceNote: _n,
      ...rest
    } = stored();
    const archived = toArchivedEvent(rest);
    expect(archived).not.toHaveProperty("commandHash");
    expect(archived).not.toHaveProperty("occurredAt");
    expect(archived.source).toEqual({ articleId: "a", quote: "it was wrong" });
  });

  it("keeps a recorded time's nanoseconds", () => {
    const recordedAt = new DateTime(2024, 2, 29, 10, 0, 0, 123_456_789, 0);
    const archived = toArchivedEvent(stored({ recordedAt }));
    expect(archived.recordedAt).toBe("2024-02-29T10:00:00.123456789Z");
    expect(archivedEventProperties(archived).recordedAt.toString()).toBe(recordedAt.toString());
  });

  it("refuses what it could not restore exactly, rather than lose it", () => {
    expect(() => toArchivedEvent(stored({ data: '{ "factId": "relation-r1" }' }))).toThrow(
      /position 12 cannot be archived exactly/,
    );
    expect(() => toArchivedEvent(stored({ tenant: "other" }))).toThrow(
      /cannot be archived exactly/,
    );
    expect(() =>
      toArchivedEvent(stored({ recordedAt: new DateTime(2024, 2, 29, 10, 0, 0, 0, 3600) })),
    ).toThrow(/cannot be archived exactly/);
  });
});
