import type { CommandOfType } from "../../../src/catalogue/commands";
import type { FactState } from "../../../src/catalogue/FactState";
import { expectEvents, expectRefused, givenFixture, source } from "../../support/domainFixture";

/** Claims: disagreeing sources kept side by side, ranked, never overwritten. */
const INCIDENT = "incident-unity-leak";
const FOUND = source("A coolant leak in the Unity module was found in June 2021.");
const TRACED = source("Engineers later traced it to a cracked valve.");
const SAID = source("NASA said the crew was never in danger.");

const claim = (fields: Partial<CommandOfType<"RecordClaim">>): CommandOfType<"RecordClaim"> => ({
  type: "RecordClaim",
  factId: INCIDENT,
  field: "occurredAt",
  value: "2021-05",
  source: TRACED,
  ...fields,
});
const rank = (fields: Partial<CommandOfType<"RankClaim">>): CommandOfType<"RankClaim"> => ({
  type: "RankClaim",
  factId: INCIDENT,
  claimId: "occurredAt-2",
  rank: "preferred",
  reason: "the later report is more precise",
  source: SAID,
  ...fields,
});
const claimsOf = (state: FactState, field: string) =>
  state.status === "absent" ? [] : (state.claims?.[field] ?? []);
const occurredAt = (state: FactState) =>
  state.status !== "absent" && state.category === "incident" ? state.data.occurredAt : undefined;

describe("RecordClaim", () => {
  it("keeps a disagreeing value beside the stated one, which stays the fact's value", () => {
    const facts = givenFixture();
    expectEvents(facts.execute(claim({})), [
      {
        type: "ClaimRecorded",
        data: {
          factId: INCIDENT,
          field: "occurredAt",
          claimId: "occurredAt-2",
          value: { value: "2021-05", precision: "month" },
          preferred: false,
        },
      },
    ]);
    const state = facts.state(INCIDENT);
    expect(claimsOf(state, "occurredAt")).toEqual([
      {
        claimId: "occurredAt-1",
        value: { value: "2021-06", precision: "month" },
        rank: "preferred",
        sources: [FOUND],
      },
      {
        claimId: "occurredAt-2",
        value: { value: "2021-05", precision: "month" },
        rank: "normal",
        sources: [TRACED],
      },
    ]);
    expect(occurredAt(state)).toEqual({ value: "2021-06", precision: "month" });
  });

  it("makes a preferred claim the fact's value, with a reason, and the one before it normal", () => {
    const facts = givenFixture();
    facts.execute(claim({ preferred: true, reason: "the log of the station says May" }));
    const state = facts.state(INCIDENT);
    expect(occurredAt(state)).toEqual({ value: "2021-05", precision: "month" });
    expect(claimsOf(state, "occurredAt").map((c) => [c.claimId, c.rank])).toEqual([
      ["occurredAt-1", "normal"],
      ["occurredAt-2", "preferred"],
    ]);
    expectRefused(facts, claim({ value: "2021-04", preferred: true }), "validation", "reason");
  });

  it("refuses a value a claim already says (corroborate it instead), a field that takes none, a bad value", () => {
    const facts = givenFixture();
    const error = expectRefused(facts, claim({ value: "2021-06" }), "already_exists", "value");
    expect(error.details).toEqual({ claimId: "occurredAt-1" });
    expectRefused(facts, claim({ field: "affected" }), "validation", "field", /occurredAt/);
    expectRefused(facts, claim({ value: "June" }), "validation", "value");
    expectRefused(facts, claim({ value: "EXPLOSION", field: "kind" }), "validation", "value");
  });
});

describe("RankClaim", () => {
  it("prefers a claim: the fact takes its value; deprecates one with a reason", () => {
    const facts = givenFixture();
    facts.execute(claim({}));
    facts.execute(claim({ value: "2021-04", source: SAID }));
    facts.execute(rank({}));
    expect(occurredAt(facts.state(INCIDENT))).toEqual({ value: "2021-05", precision: "month" });
    facts.execute(rank({ claimId: "occurredAt-3", rank: "deprecated", reason: "a misprint" }));
    expect(
      claimsOf(facts.state(INCIDENT), "occurredAt").map((c) => [c.claimId, c.rank, c.reason]),
    ).toEqual([
      ["occurredAt-1", "normal", "the later report is more precise"],
      ["occurredAt-2", "preferred", "the later report is more precise"],
      ["occurredAt-3", "deprecated", "a misprint"],
    ]);
  });

  it("refuses an unknown claim, the rank it has, a deprecation without reason, demoting the preferred one", () => {
    const facts = givenFixture();
    expectRefused(facts, rank({}), "not_found", "claimId");
    facts.execute(claim({}));
    expectRefused(facts, rank({ rank: "normal" }), "validation", "rank");
    expectRefused(facts, rank({ rank: "deprecated", reason: undefined }), "validation", "reason");
    expectRefused(facts, rank({ claimId: "occurredAt-1", rank: "normal" }), "validation", "rank");
  });
});

describe("CorrectFact, as claims", () => {
  const correct = (value: string, reason: string) =>
    ({
      type: "CorrectFact",
      factId: INCIDENT,
      changes: { occurredAt: value },
      reason,
      source: SAID,
    }) as const;

  it("deprecates the value it replaces with its reason, and prefers the new one", () => {
    const facts = givenFixture();
    facts.execute(correct("2021-07", "the report was misdated"));
    expect(claimsOf(facts.state(INCIDENT), "occurredAt")).toMatchObject([
      { claimId: "occurredAt-1", rank: "deprecated", reason: "the report was misdated" },
      {
        claimId: "occurredAt-2",
        rank: "preferred",
        value: { value: "2021-07" },
        sources: [SAID],
      },
    ]);
  });

  it("takes back a value a claim already says: that claim is preferred again", () => {
    const facts = givenFixture();
    facts.execute(correct("2021-07", "the report was misdated"));
    facts.execute({ ...correct("2021-06", "it was not"), source: TRACED });
    expect(
      claimsOf(facts.state(INCIDENT), "occurredAt").map((c) => [
        c.claimId,
        c.rank,
        c.sources.length,
      ]),
    ).toEqual([
      ["occurredAt-1", "preferred", 2],
      ["occurredAt-2", "deprecated", 1],
    ]);
  });
});

describe("CorroborateFact of a claim", () => {
  it("adds a source to one claim, not to the fact", () => {
    const facts = givenFixture();
    facts.execute(claim({}));
    expectEvents(
      facts.execute({
        type: "CorroborateFact",
        factId: INCIDENT,
        claimId: "occurredAt-2",
        source: SAID,
      }),
      [{ type: "FactCorroborated", data: { factId: INCIDENT, claimId: "occurredAt-2" } }],
    );
    const state = facts.state(INCIDENT);
    expect(claimsOf(state, "occurredAt")[1]!.sources).toEqual([TRACED, SAID]);
    expect(state.status !== "absent" && state.sources).toEqual([FOUND]);
    expectRefused(
      facts,
      { type: "CorroborateFact", factId: INCIDENT, claimId: "occurredAt-9", source: SAID },
      "not_found",
      "claimId",
    );
  });
});
