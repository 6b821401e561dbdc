import type { CommandOfType } from "../../../src/catalogue/commands";
type RecordStatement = CommandOfType<"RecordStatement">;
import { expectEvents, expectRefused, givenFixture, source } from "../../support/domainFixture";

const statement = (fields: Partial<RecordStatement>): RecordStatement => ({
  type: "RecordStatement",
  statementId: "nasa-no-danger",
  kind: "ASSESSMENT",
  text: "The crew was never in danger.",
  speakers: ["nasa"],
  occurredAt: "2021-06",
  about: ["unity-leak", "station"],
  source: source("NASA said the crew was never in danger."),
  ...fields,
});

describe("RecordStatement", () => {
  it("records who said what, when, about what", () => {
    expectEvents(givenFixture().execute(statement({})), [
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

  it("refuses a statement with nobody saying it", () => {
    expectRefused(givenFixture(), statement({ speakers: [] }), "validation", "speakers");
  });

  it("refuses a speaker that cannot speak, and an unknown subject", () => {
    expectRefused(givenFixture(), statement({ speakers: ["unity"] }), "validation", "speakers[0]");
    expectRefused(givenFixture(), statement({ about: ["mars"] }), "not_found", "about[0]");
  });

  it("refuses an empty text and an unknown kind", () => {
    expectRefused(givenFixture(), statement({ text: "" }), "validation", "text");
    expectRefused(givenFixture(), statement({ kind: "RUMOUR" as never }), "validation", "kind");
  });
});
