import type { CommandOfType } from "../../../src/catalogue/commands";
import { expectEvents, expectRefused, givenFixture, source } from "../../support/domainFixture";

const quantity = (
  fields: Partial<CommandOfType<"RecordQuantity">>,
): CommandOfType<"RecordQuantity"> => ({
  type: "RecordQuantity",
  quantityId: "unity-leak-rate",
  of: "unity-leak",
  measure: "coolant leak rate",
  value: 3.7,
  unit: "[lb_av]/d",
  occurredAt: "2021-06",
  source: source("A coolant leak in the Unity module was found in June 2021."),
  ...fields,
});

describe("RecordQuantity", () => {
  it("keeps the figure in its unit and in base units, so that figures compare", () => {
    const facts = givenFixture();
    const [recorded] = facts.execute(quantity({}));
    expectEvents(
      [recorded!],
      [
        {
          type: "QuantityRecorded",
          data: {
            quantityId: "unity-leak-rate",
            of: { id: "unity-leak", kind: "Incident" },
            value: 3.7,
            unit: "[lb_av]/d",
            unitName: "pound/day",
            base: { dimension: "g1.s-1" },
          },
        },
      ],
    );
    const [metric] = facts.execute(quantity({ quantityId: "metric", value: 1.7, unit: "kg/d" }));
    const base = (e: typeof recorded) =>
      (e as { data: { base: { value: number } } }).data.base.value;
    // 3.7 pounds a day is 1.68 kg a day.
    expect(base(recorded) / base(metric)).toBeCloseTo(1.678 / 1.7, 3);
  });

  it("takes bounds for what the source gives as a limit", () => {
    const facts = givenFixture();
    expect(
      facts.execute(quantity({ value: undefined, upperBound: 20, unit: "a", measure: "age" })),
    ).toHaveLength(1);
  });

  it("refuses a unit that is not UCUM's, no figure, bounds the wrong way, an unknown fact", () => {
    const facts = givenFixture();
    expectRefused(facts, quantity({ unit: "lbs/day" }), "validation", "unit", /UCUM/);
    expectRefused(facts, quantity({ value: undefined }), "validation", "value");
    expectRefused(
      facts,
      quantity({ lowerBound: 5, upperBound: 2, value: undefined }),
      "validation",
      "upperBound",
    );
    expectRefused(facts, quantity({ value: 9, upperBound: 2 }), "validation", "value");
    expectRefused(facts, quantity({ of: "nowhere" }), "not_found", "of");
    expectRefused(facts, quantity({ quantityId: "unity" }), "already_exists", "quantityId");
  });
});
