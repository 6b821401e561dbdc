import { UcumLhcUtils } from "@lhncbc/ucum-lhc";

/**
 * Units of measure as UCUM codes (the Unified Code for Units of Measure: `kg/d`, `[lb_av]/d`,
 * `mm[Hg]`, `{person}`), read with @lhncbc/ucum-lhc: a figure is kept in the unit its article
 * gives, and also in base units (grams, seconds, metres...) with its dimension, so that two
 * articles' figures compare ("3.7 pounds a day" and "1.7 kg a day" are one rate).
 */
const utils = UcumLhcUtils.getInstance();

export interface Unit {
  /** The UCUM code. */
  code: string;
  /** Its name (pound/day). */
  name: string;
}

/** A UCUM code, or why it is not one (with what UCUM suggests). */
export function parseUnit(code: string): Unit | { error: string } {
  const checked = utils.validateUnitString(code, true);
  if (checked.status === "valid" && checked.unit) return { code, name: checked.unit.name };
  const why = checked.msg.join("; ");
  return { error: `"${code}" is not a UCUM unit${why ? `: ${why}` : ""}` };
}

/**
 * A value in base units, and the dimension it has ("g.s-1" for a mass per time): two figures of
 * one dimension compare by their base values; an annotation ({person}) is dimensionless.
 */
export function inBaseUnits(value: number, code: string): { value: number; dimension: string } {
  const base = utils.convertToBaseUnits(code, value);
  if (base.status !== "succeeded")
    throw new Error(`cannot convert ${code}: ${base.msg.join("; ")}`);
  const dimension = Object.entries(base.unitToExp)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([unit, exponent]) => `${unit}${exponent}`)
    .join(".");
  return { value: base.magnitude, dimension: dimension || "1" };
}
