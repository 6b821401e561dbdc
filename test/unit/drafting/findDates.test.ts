import nlp from "compromise";
import { findDates } from "../../../src/drafting/findDates";
import { findSentences } from "../../../src/drafting/findSentences";

const datesOf = (text: string, publishedOn: string) =>
  findDates(findSentences(nlp(text), text), publishedOn).map(
    ({ text: written, value, precision, certainty }) => ({ written, value, precision, certainty }),
  );

describe("findDates: dates relative to the publication date, never more precise than the text", () => {
  it('reads "on Wednesday" in a Thursday article as the day before, inferred, with a note', () => {
    const [date] = findDates(
      findSentences(
        nlp("Officials on Wednesday acknowledged a leak."),
        "Officials on Wednesday acknowledged a leak.",
      ),
      "2024-02-29",
    );
    expect(date).toMatchObject({ value: "2024-02-28", precision: "day", certainty: "inferred" });
    expect(date!.note).toMatch(/Wednesday before the article's date \(Thursday 2024-02-29\)/);
  });

  it("puts a weekday after the article's date in a sentence about the future", () => {
    expect(datesOf("The crew will stay there until Monday morning.", "2020-08-20")).toEqual([
      { written: "Monday morning", value: "2020-08-24", precision: "day", certainty: "inferred" },
    ]);
  });

  it("keeps a month stated alone a month, and a year alone a year", () => {
    expect(
      datesOf("A leak was found in November 2021. NASA hopes to fly until 2030.", "2024-02-29"),
    ).toEqual([
      { written: "November 2021", value: "2021-11", precision: "month", certainty: "asserted" },
      { written: "2030", value: "2030", precision: "year", certainty: "asserted" },
    ]);
  });

  it("gives a month without its year the year before the article's, inferred", () => {
    expect(datesOf("In October, coolant leaked from a radiator.", "2024-02-29")).toEqual([
      { written: "October", value: "2023-10", precision: "month", certainty: "inferred" },
    ]);
  });

  it("states a full date as a day, and drops what is not a date (24/7, now)", () => {
    expect(
      datesOf(
        "The crew arrived Nov. 2, 2000. Teams give 24/7 support and are now ready.",
        "2020-08-20",
      ),
    ).toEqual([
      { written: "Nov. 2, 2000", value: "2000-11-02", precision: "day", certainty: "asserted" },
    ]);
  });
});
