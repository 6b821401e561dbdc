/**
 * The words stories pick from: parts of hardware, syllables of invented names, kinds of places
 * and newspapers, staff roles, causes of incidents, what statements say.
 */

export const COMPONENT_PARTS: readonly string[] = [
  "coolant pump",
  "pressure valve",
  "hatch seal",
  "radiator panel",
  "air scrubber",
  "heat exchanger",
  "power converter",
  "gyroscope",
  "oxygen generator",
  "water recycler",
  "battery unit",
  "fan assembly",
  "thermal blanket",
  "antenna",
  "flight computer",
  "smoke detector",
  "transfer tunnel",
  "docking latch",
  "window shutter",
  "carbon dioxide sensor",
];

export const SYLLABLES: readonly string[] = [
  "val",
  "ter",
  "mor",
  "kas",
  "lin",
  "dor",
  "ven",
  "ria",
  "sol",
  "bar",
  "nik",
  "ost",
  "ra",
  "tel",
  "gan",
  "vor",
  "esh",
  "lan",
  "pri",
  "zul",
];

export const PLACE_KINDS: readonly string[] = [
  "Tracking Station",
  "Ground Station",
  "Launch Complex",
  "Control Centre",
  "Spaceport",
  "Test Range",
  "Training Centre",
];

export const NEWSPAPER_KINDS: readonly string[] = [
  "Courier",
  "Herald",
  "Observer",
  "Gazette",
  "Times",
  "News Service",
  "Wire",
];

/** Staff roles; crew members are "astronaut" or "cosmonaut". */
export const STAFF_ROLES: readonly (readonly [string, number])[] = [
  ["engineer", 30],
  ["flight controller", 20],
  ["scientist", 12],
  ["spokesperson", 10],
  ["official", 10],
  ["flight director", 5],
  ["program manager", 5],
  ["flight surgeon", 3],
];

export const CAUSES: readonly string[] = [
  "impacts by small meteoroids",
  "a cracked weld",
  "a worn hatch seal",
  "metal fatigue",
  "a manufacturing defect",
  "thermal stress",
  "a loose fitting",
  "corrosion of a coolant line",
  "a software fault",
  "a faulty sensor",
];

export const STATEMENT_CLAUSES = {
  ASSESSMENT: [
    "the crew was not in danger",
    "the problem posed no threat to the station's operations",
    "the station remained safe to operate",
    "the leak remained small",
  ],
  ACKNOWLEDGEMENT: [
    "the problem in {target} had grown",
    "engineers had not yet found the source of the problem in {target}",
    "the earlier repair in {target} had not held",
  ],
  PLAN: [
    "a repair in {target} would be attempted within weeks",
    "the hatch to {target} would stay closed for now",
    "crews would inspect {target} again next month",
  ],
  REPORT: [
    "crews had sealed a crack in {target}",
    "pressure in {target} had stabilised",
    "the crew had replaced a part in {target}",
  ],
} as const;
