import { deciderSpec } from "../../support/deciderSpec";
import { expectEvents, givenFixture, source } from "../../support/domainFixture";

const { command: quantity, itRefuses } = deciderSpec("RecordQuantity", {
  quantityId: "unity-leak-rate",
  of: "unity-leak",
  measure: "coolant leak rate",
  value: 3.7,
  unit: "[lb_av]/d",
  occurredAt: "2021-06",
  source: source("A coolant leak in the Unity module was found in June 2021."),
});

describe("RecordQuantity", () => {
  it("keeps the figure in its unit and in base units, so that figures compare", () => {
    const facts = givenFixture();
    const [recorded] = facts.execute(quantity());
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

  itRefuses([
    ["a unit that is not UCUM's", { unit: "lbs/day" }, "validation", "unit", /UCUM/],
    ["no figure", { value: undefined }, "validation", "value"],
    [
      "bounds the wrong way",
      { lowerBound: 5, upperBound: 2, value: undefined },
      "validation",
      "upperBound",
    ],
    ["a figure outside its bounds", { value: 9, upperBound: 2 }, "validation", "value"],
    ["an unknown fact", { of: "nowhere" }, "not_found", "of"],
    ["an id in use", { quantityId: "unity" }, "already_exists", "quantityId"],
  ]);
});
