import { deciderSpec } from "../../support/deciderSpec";
import { expectEvents, expectRefused, givenFixture, source } from "../../support/domainFixture";

const reporting = deciderSpec("ReportIncident", {
  incidentId: "dragon-leak",
  kind: "COOLANT_LEAK",
  title: "Leak on Dragon",
  occurredAt: "2021-06",
  affected: ["dragon"],
  reportedBy: ["nasa"],
  source: source("A coolant leak in the Unity module was found in June 2021."),
});

const updating = deciderSpec("RecordIncidentUpdate", {
  incidentId: "unity-leak",
  updateId: "cause",
  kind: "CAUSE_DETERMINED",
  description: "Traced to a cracked valve",
  cause: "a cracked valve",
  source: source("Engineers later traced it to a cracked valve."),
});
const update = updating.command;

describe("ReportIncident", () => {
  it("reports an incident with its date, what it affected and who reported it", () => {
    expectEvents(givenFixture().execute(reporting.command()), [
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

  reporting.itRefuses([
    ["an incident that affects nothing", { affected: [] }, "validation", "affected"],
    [
      "an affected entity that is no hardware",
      { affected: ["jane-roe"] },
      "validation",
      "affected[0]",
      /Person/,
    ],
    ["an unknown reporter", { reportedBy: ["esa"] }, "not_found", "reportedBy[0]"],
    ["a missing date", { occurredAt: "" }, "validation", "occurredAt"],
    ["an unknown kind", { kind: "EXPLOSION" as never }, "validation", "kind"],
    ["an id in use", { incidentId: "unity-leak" }, "already_exists", "incidentId"],
  ]);
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

  updating.itRefuses([
    ["an update of an unknown incident", { incidentId: "no-such-leak" }, "not_found", "incidentId"],
    [
      "an update that precedes its incident",
      { occurredAt: "2021-05" },
      "validation",
      "occurredAt",
      /precede/,
    ],
    ["a cause determined without a cause", { cause: undefined }, "validation", "cause"],
  ]);

  it("refuses the same update twice", () => {
    const facts = givenFixture();
    facts.execute(update());
    expectRefused(facts, update(), "already_exists", "updateId");
  });

  it("refuses an update of a retracted incident", () => {
    const facts = givenFixture();
    facts.execute({
      type: "RetractFact",
      factId: "incident-unity-leak",
      reason: "wrong",
      source: source("June 2021"),
    });
    expectRefused(facts, update(), "illegal_state", "incidentId");
  });
});
