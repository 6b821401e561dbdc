import { mentionsIn, quoteOf, stationOf, type DraftContext, type Proposal } from "./DraftContext";

const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** Units by the word the text uses, as UCUM codes (RecordQuantity's units). */
const UNITS: Record<string, string> = {
  years: "a",
  days: "d",
  hours: "h",
  pounds: "[lb_av]",
  kilograms: "kg",
  kg: "kg",
  percent: "%",
  "mm Hg": "mm[Hg]",
  "millimeters of mercury": "mm[Hg]",
  psi: "[psi]",
};
const CREW_COUNT = /\b(two|three|four|five|six|seven|\d+) (?:[A-Z]\w* \d+ )?crew members\b/g;
const FIGURE =
  /\b(nearly |almost |about |more than |less than |up to )?(\d+(?:\.\d+)?) (years|days|hours|pounds|kilograms|kg|percent|mm Hg|millimeters of mercury|psi)( per day| a day)?\b/g;

/**
 * Quantities with units: a count of crew members ("The three Expedition 63 crew members", in
 * {person}, of the station, on the article's date) and figures with a unit ("nearly 20 years": an
 * upper bound of 20 a; "1.7 pounds per day": [lb_av]/d), of the hardware the sentence names.
 */
export function proposeQuantities(context: DraftContext): Proposal[] {
  const station = stationOf(context);
  return context.sentences.flatMap((sentence): Proposal[] => {
    const proposals: Proposal[] = [];
    for (const match of sentence.text.matchAll(CREW_COUNT)) {
      if (!station) break;
      const value = NUMBERS[match[1]!] ?? Number(match[1]);
      proposals.push({
        id: `${station.entityId}-crew-count`,
        do: "RecordQuantity",
        fields: {
          quantityId: `${station.entityId}-crew-${context.publishedOn}`,
          of: station.entityId,
          measure: "crew members aboard",
          value,
          unit: "{person}",
          occurredAt: context.publishedOn,
        },
        quote: quoteOf(context, sentence),
        certainty: "asserted",
        reason: `a count of crew members ("${match[0]}")`,
      });
    }
    for (const match of sentence.text.matchAll(FIGURE)) {
      const [, bound, figure, word, perDay] = match;
      const of =
        mentionsIn(context, sentence, ["Module", "Vehicle", "Component", "Segment"])[0] ?? station;
      if (!of) continue;
      const unit = `${UNITS[word!]!}${perDay ? "/d" : ""}`;
      const unitSlug = word!.replace(/\W+/g, "-").toLowerCase();
      const side = /nearly|almost|less than|up to/.test(bound ?? "")
        ? "upperBound"
        : /more than/.test(bound ?? "")
          ? "lowerBound"
          : "value";
      proposals.push({
        id: `${of.entityId}-quantity`,
        do: "RecordQuantity",
        fields: {
          quantityId: `${of.entityId}-${unitSlug}-${context.publishedOn}`,
          of: of.entityId,
          measure: quoteOf(context, {
            start: sentence.start + match.index,
            end: sentence.start + match.index + match[0].length,
          }),
          [side]: Number(figure),
          unit,
          occurredAt: context.publishedOn,
        },
        quote: quoteOf(context, sentence),
        certainty: "asserted",
        reason: `a figure with a unit ("${match[0]}": ${unit})`,
      });
    }
    return proposals;
  });
}
