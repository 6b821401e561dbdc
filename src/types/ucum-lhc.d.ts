/** The part of @lhncbc/ucum-lhc (which ships no types) that src/domain/units.ts uses. */
declare module "@lhncbc/ucum-lhc" {
  interface UcumUnit {
    code: string;
    name: string;
  }
  interface UcumValidation {
    status: "valid" | "invalid" | "error";
    ucumCode: string | null;
    unit: UcumUnit | null;
    msg: string[];
  }
  interface UcumBaseUnits {
    status: "succeeded" | "invalid" | "failed";
    magnitude: number;
    unitToExp: Record<string, number>;
    msg: string[];
  }
  interface UcumLhcUtils {
    validateUnitString(unit: string, suggest?: boolean): UcumValidation;
    convertToBaseUnits(unit: string, value: number): UcumBaseUnits;
  }
  export const UcumLhcUtils: { getInstance(): UcumLhcUtils };
}
