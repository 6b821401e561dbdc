import { z } from "zod";
import { invalid } from "../../domain/DomainError";
import { ENTITY_KINDS } from "../../domain/nodeKinds";
import type { Source } from "../../domain/source";
import { streamId } from "../../domain/streams";
import { inBaseUnits, parseUnit } from "../../domain/units";
import { resolveNode } from "../../domain/validate";
import { factNodeRow, newFactProjection } from "../../projection/graphWrites";
import { defineCommand } from "../CommandDefinition";
import { requireNewFact } from "../newFact";
import { sourcedEvent } from "../sourcedEvent";
import type { QuantityData } from "../facts";
import { stated } from "../FactState";
import { certainty, newId, optionalWorldTime, reference, source, text } from "../fields";
import { LABEL } from "../../graph/graphLabels";
import { TYPE } from "../../graph/relationshipTypes";

/** A measured value was recorded: a figure, its unit, when it held, and what it measures. */
export interface QuantityRecorded {
  type: "QuantityRecorded";
  data: QuantityData;
  source: Source;
}

/** What a quantity may measure: an entity, an incident or a statement. */
const MEASURABLE = [...ENTITY_KINDS, "Incident", "Statement"] as const;

const figure = (description: string) =>
  z
    .number()
    .check(z.refine(Number.isFinite, { error: "{field} must be a finite number" }))
    .optional()
    .meta({ graphql: "Float", description });

/**
 * Records a figure an article gives (a leak rate, a pressure, a mass, a count), in a UCUM unit,
 * with when it held: figures of one dimension compare across articles and units.
 */
export const recordQuantity = defineCommand({
  type: "RecordQuantity",
  summary: "Records a quantity",
  description:
    "Records a figure an article gives (a leak rate, a pressure, a mass, a count) of an entity, incident\nor statement, in a UCUM unit, with when it held: figures compare across articles and units.",
  inputDescription: "The quantity, what it measures, and its source.",
  input: z.strictObject({
    quantityId: newId(
      "A lower-case slug of at most 120 characters: zvezda-leak-rate-2024-04. Its stream is\nquantity-<id>.",
    ),
    of: reference("The id of what it measures: an entity, an incident or a statement."),
    measure: text("What is measured, in a few words (air leak rate): at most 200 characters.", 200),
    value: figure("The figure, when the source gives one (1.7); or bounds, or both."),
    lowerBound: figure("The least it may be (more than 2: 2)."),
    upperBound: figure('The most it may be ("nearly 20 years": 20).'),
    unit: text(
      "Its UCUM code: kg/d, [lb_av]/d, mm[Hg], a (years), {person} for a count of people. At most 100\ncharacters.",
      100,
    ),
    occurredAt: optionalWorldTime(
      "When it held. World time: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 instant.",
    ),
    certainty,
    source: source(),
  }),
  stream: (command) => streamId("quantity", command.quantityId),
  references: (command) => [command.quantityId, command.of],
  decide(command, state, ctx): QuantityRecorded[] {
    const { quantityId, value, lowerBound, upperBound } = command;
    requireNewFact("quantityId", quantityId, state, ctx);
    const of = resolveNode("of", command.of, ctx);
    if (!(MEASURABLE as readonly string[]).includes(of.kind))
      throw invalid(
        "of",
        `"${of.id}" is a ${of.kind}: a quantity measures ${MEASURABLE.join(", ")}`,
      );
    if (value === undefined && lowerBound === undefined && upperBound === undefined)
      throw invalid("value", "a quantity needs a value, a lowerBound or an upperBound");
    if (lowerBound !== undefined && upperBound !== undefined && lowerBound > upperBound)
      throw invalid(
        "upperBound",
        `the upper bound (${upperBound}) is below the lower (${lowerBound})`,
      );
    if (value !== undefined && ((lowerBound ?? value) > value || (upperBound ?? value) < value))
      throw invalid("value", `the value (${value}) is outside its bounds`);
    const unit = parseUnit(command.unit);
    if ("error" in unit) throw invalid("unit", unit.error);
    const base = (x: number | undefined) =>
      x === undefined ? undefined : inBaseUnits(x, unit.code).value;
    return [
      sourcedEvent<QuantityRecorded>("QuantityRecorded", command, ctx, {
        quantityId,
        of,
        measure: command.measure,
        value,
        lowerBound,
        upperBound,
        unit: unit.code,
        unitName: unit.name,
        base: {
          value: base(value),
          lowerBound: base(lowerBound),
          upperBound: base(upperBound),
          dimension: inBaseUnits(1, unit.code).dimension,
        },
        occurredAt: command.occurredAt,
        certainty: command.certainty,
      }),
    ];
  },
  events: {
    QuantityRecorded: {
      type: "QuantityRecorded",
      description: "A figure was recorded: a value in a unit, when it held, what it measures.",
      schemaVersion: 1,
      evolve: (_state, event) => stated({ category: "quantity", data: event.data }, event.source),
      occurredAt: (event) => event.data.occurredAt,
      // A (:${LABEL.Quantity}) node that MEASURES its fact, in its unit and in base units, citing its article.
      projection: newFactProjection<QuantityRecorded>({
        creates: "Quantity",
        needs: ["Article", "Entity", "Incident", "Statement"],
        node: ({ record, event: { data: d } }) => {
          const text = [
            d.value ?? null,
            d.lowerBound === undefined ? null : `>= ${d.lowerBound}`,
            d.upperBound === undefined ? null : `<= ${d.upperBound}`,
          ]
            .filter((part) => part !== null)
            .join(" ");
          const properties = {
            measure: d.measure,
            value: d.value ?? null,
            lowerBound: d.lowerBound ?? null,
            upperBound: d.upperBound ?? null,
            unit: d.unit,
            unitName: d.unitName,
            baseValue: d.base.value ?? null,
            baseLowerBound: d.base.lowerBound ?? null,
            baseUpperBound: d.base.upperBound ?? null,
            dimension: d.base.dimension,
            label: `${d.measure}: ${text} ${d.unit}`,
            certainty: d.certainty,
          };
          return { ...factNodeRow(record, d.quantityId, properties, d.occurredAt), of: d.of.id };
        },
        around: {
          before: `MATCH (of:${LABEL.Fact} {id: row.of})`,
          after: `CREATE (n)-[m:${TYPE.MEASURES}]->(of)
       SET m.id = row.id + '--measures--' + row.of, m.knownSince = row.properties.knownSince`,
        },
      }),
    },
  },
  payload: {
    type: "RecordQuantityPayload",
    fact: {
      field: "quantity",
      type: "Quantity",
      description: "The quantity as now projected.",
      read: "quantities",
    },
  },
});
