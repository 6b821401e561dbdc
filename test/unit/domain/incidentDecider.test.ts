import type { CommandOfType } from "../../../src/catalogue/commands";
type RecordIncidentUpdate = CommandOfType<"RecordIncidentUpdate">;
type ReportIncident = CommandOfType<"ReportIncident">;
import { expectEvents, expectRefused, givenFixture, source } from "../../support/domainFixture";

const report = (fields: Partial<ReportIncident>): ReportIncident => ({
  type: "ReportIncident",
  incidentId: "dragon-leak",
  kind: "COOLANT_LEAK",
  title: "Leak on Dragon",
  occurredAt: "2021-06",
  affected: ["dragon"],
  reportedBy: ["nasa"],
  source: source("A coolant leak in the Unity module was found in June 2021."),
  ...fields,
});

const update = (fields: Partial<RecordIncidentUpdate>): RecordIncidentUpdate => ({
  type: "RecordIncidentUpdate",
  incidentId: "unity-leak",
  updateId: "cause",
  kind: "CAUSE_DETERMINED",
  description: "Traced to a cracked valve",
  cause: "a cracked valve",
  source: source("Engineers later traced it to a cracked valve."),
  ...fields,
});

describe("ReportIncident", () => {
  it("reports an incident with its date, what it affected and who reported it", () => {
    expectEvents(givenFixture().execute(report({})), [
      {
        type: "IncidentReported",
        data: {
          incidentId: "dragon-leak",
          kind: "COOLANT_LEAK",
          occurredAt: { value: "2021-06", precision: "month" },
          affected: [{ id: "dragon", kind: "Vehicle" }],
          reportedBy: [{ id: "nasa", kind: "Agency" }],
        },
      },
    ]);
  });

  it("refuses an incident that affects nothing", () => {
    expectRefused(givenFixture(), report({ affected: [] }), "validation", "affected");
  });

  it("refuses an affected entity that is no hardware", () => {
    expectRefused(
      givenFixture(),
      report({ affected: ["jane-roe"] }),
      "validation",
      "affected[0]",
      /Person/,
    );
  });

  it("refuses an unknown reporter", () => {
    expectRefused(givenFixture(), report({ reportedBy: ["esa"] }), "not_found", "reportedBy[0]");
  });

  it("refuses a missing date, an unknown kind, an id in use", () => {
    expectRefused(givenFixture(), report({ occurredAt: "" }), "validation", "occurredAt");
    expectRefused(givenFixture(), report({ kind: "EXPLOSION" as never }), "validation", "kind");
    expectRefused(
      givenFixture(),
      report({ incidentId: "unity-leak" }),
      "already_exists",
      "incidentId",
    );
  });
});

describe("RecordIncidentUpdate", () => {
  it("records a cause determined, with what it ruled out", () => {
    expectEvents(givenFixture().execute(update({ ruledOut: "wear", likelihood: "likely" })), [
      {
        type: "IncidentUpdateRecorded",
        data: {
          incidentId: "unity-leak",
          updateId: "cause",
          kind: "CAUSE_DETERMINED",
          cause: "a cracked valve",
          ruledOut: "wear",
        },
      },
    ]);
  });

  it("records a located source, a repair, an increase", () => {
    const facts = givenFixture();
    for (const kind of ["SOURCE_LOCATED", "REPAIR_ATTEMPTED", "LEAK_INCREASED"] as const) {
      expect(
        facts.execute(
          update({ updateId: kind.toLowerCase().replace(/_/g, "-"), kind, cause: undefined }),
        ),
      ).toHaveLength(1);
    }
  });

  it("refuses an update of an unknown incident", () => {
    expectRefused(
      givenFixture(),
      update({ incidentId: "no-such-leak" }),
      "not_found",
      "incidentId",
    );
  });

  it("refuses the same update twice", () => {
    const facts = givenFixture();
    facts.execute(update({}));
    expectRefused(facts, update({}), "already_exists", "updateId");
  });

  it("refuses an update that precedes its incident", () => {
    expectRefused(
      givenFixture(),
      update({ occurredAt: "2021-05" }),
      "validation",
      "occurredAt",
      /precede/,
    );
  });

  it("refuses a cause determined without a cause", () => {
    expectRefused(givenFixture(), update({ cause: undefined }), "validation", "cause");
  });

  it("refuses an update of a retracted incident", () => {
    const facts = givenFixture();
    facts.execute({
      type: "RetractFact",
      factId: "incident-unity-leak",
      reason: "wrong",
      source: source("June 2021"),
    });
    expectRefused(facts, update({}), "illegal_state", "incidentId");
  });
});
