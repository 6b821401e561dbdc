import { deciderSpec } from "../../support/deciderSpec";
import { expectEvents, givenFixture, source } from "../../support/domainFixture";

const { command: statement, itRefuses } = deciderSpec("RecordStatement", {
  statementId: "nasa-no-danger",
  kind: "ASSESSMENT",
  text: "The crew was never in danger.",
  speakers: ["nasa"],
  occurredAt: "2021-06",
  about: ["unity-leak", "station"],
  source: source("NASA said the crew was never in danger."),
});

describe("RecordStatement", () => {
  it("records who said what, when, about what", () => {
    expectEvents(givenFixture().execute(statement()), [
      {
        type: "StatementRecorded",
        data: {
          statementId: "nasa-no-danger",
          speakers: [{ id: "nasa", kind: "Agency" }],
          about: [
            { id: "unity-leak", kind: "Incident" },
            { id: "station", kind: "Station" },
          ],
          occurredAt: { value: "2021-06", precision: "month" },
        },
      },
    ]);
  });

  it("accepts an unnamed speaker described in words", () => {
    expect(
      givenFixture().execute(statement({ speakers: [], speakerDescription: "officials" })),
    ).toHaveLength(1);
  });

  itRefuses([
    ["a statement with nobody saying it", { speakers: [] }, "validation", "speakers"],
    ["a speaker that cannot speak", { speakers: ["unity"] }, "validation", "speakers[0]"],
    ["an unknown subject", { about: ["mars"] }, "not_found", "about[0]"],
    ["an empty text", { text: "" }, "validation", "text"],
    ["an unknown kind", { kind: "RUMOUR" as never }, "validation", "kind"],
  ]);
});
