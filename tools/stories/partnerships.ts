import type { EntityRecord } from "./factRecords";
import type { Story } from "./Story";
import { spokenTime, worldTime } from "./storyCalendar";

/** Two parties agree to cooperate on the station; a later article may say it ended. */
export function cooperation(
  story: Story,
  a: EntityRecord | undefined,
  b: EntityRecord | undefined,
): boolean {
  const validFrom = worldTime(story.day, "year");
  return !!story.link(
    "COOPERATES_WITH",
    a,
    b,
    (x, y) =>
      `${x.label} and ${y.label} agreed to cooperate on the station ${spokenTime(validFrom)}`,
    { validFrom, ending: "ended its cooperation with" },
  );
}

/** An agency runs a piece of hardware; a later article may say it stopped. */
export function operates(
  story: Story,
  agency: EntityRecord | undefined,
  hardware: EntityRecord | undefined,
): boolean {
  return !!story.link(
    "OPERATES",
    agency,
    hardware,
    (a, h) => `${(a as EntityRecord).short ?? a.label} operates ${h.label}`,
    { ending: "stopped operating" },
  );
}
