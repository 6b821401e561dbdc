import type { EntityRecord } from "./factRecords";
import { capitalise } from "./grammar";
import { operates } from "./partnerships";
import { REAL_MODULES, SYNTHETIC_MODULE_NAMES, type ModuleSpec } from "./realWorld";
import { slug } from "./slug";
import type { Story } from "./Story";
import { COMPONENT_PARTS } from "./storyWords";

/** A segment of a station, part of it and belonging to a country. */
export function registerSegment(
  story: Story,
  key: string,
  name: string,
  station: EntityRecord,
  countryKey: string,
): boolean {
  const segment = story.registerEntity(
    "Segment",
    `segment-${slug(name)}`,
    name,
    `The ${name} of the ${station.name} grew module by module`,
  );
  segment.station = station;
  story.world.segments.set(key, segment);
  story.soon(
    () =>
      !!story.link(
        "PART_OF",
        segment,
        station,
        (s, t) => `${capitalise(s.label)} is part of ${t.label}`,
        { retractable: false },
      ),
    () =>
      !!story.link(
        "BELONGS_TO",
        segment,
        story.world.countryByKey.get(countryKey),
        (s, c) => `${capitalise(s.label)} belongs to ${c.label}`,
        { retractable: false },
      ),
  );
  return true;
}

/** A module is attached: the real ones in order, then invented ones on a segment of either station. */
export function moduleStory(story: Story): boolean {
  const { world, random } = story;
  if (world.nextRealModule < REAL_MODULES.length) {
    return registerModule(story, REAL_MODULES[world.nextRealModule++]!);
  }
  // A star whose name is nearly another's (Alnair, Altair) is left for another world.
  let name: string | undefined;
  while (!name && world.nextSyntheticModule < SYNTHETIC_MODULE_NAMES.length) {
    name = SYNTHETIC_MODULE_NAMES[world.nextSyntheticModule++]!;
    if (world.names.taken(story.tagged(name))) name = undefined;
  }
  if (!name) return false;
  const segment = random.pick(
    world.segments.has("gateway") ? ["russian", "us", "gateway"] : ["russian", "us"],
  );
  return registerModule(story, {
    name,
    segment: segment as ModuleSpec["segment"],
    agency: random.pick(["nasa", "roscosmos", "esa", "jaxa"]),
    port: random.chance(0.4),
  });
}

export function registerModule(story: Story, spec: ModuleSpec): boolean {
  const world = story.world;
  const segment = world.segments.get(spec.segment);
  const agency = world.agencyByKey.get(spec.agency);
  if (!segment || !agency) return false;
  const station = segment.station!;
  const module = story.registerEntity(
    "Module",
    `module-${slug(spec.name)}`,
    spec.name,
    `${agency.short} attached the ${spec.name} module to the ${station.name}`,
    { aliases: [`${spec.name} module`], description: `A module of the ${segment.name}` },
  );
  module.station = station;
  module.segment = segment;
  module.agency = agency;
  module.components = [];
  module.port = spec.port;
  if (spec.port) world.ports.push(module);
  story.soon(
    () =>
      !!story.link("PART_OF", module, segment, (m, s) => `${m.label} is part of ${s.label}`, {
        retractable: false,
      }),
    () => !!story.link("BELONGS_TO", module, agency, (m, a) => `${m.label} belongs to ${a.label}`),
  );
  if (story.random.chance(0.5)) story.soon(() => operates(story, agency, module));
  return true;
}

/** A component of a module (the busiest modules likelier) is inspected or replaced. */
export function componentStory(story: Story): boolean {
  const { world, random } = story;
  const module = world.hub(world.ofKind("Module"), 2);
  if (!module) return false;
  const part = random.pick(COMPONENT_PARTS);
  const serial = ++module.componentSerial;
  const name = `${module.name} ${part} ${serial}`;
  const component = story.registerEntity(
    "Component",
    `component-${slug(module.name)}-${slug(part)}-${serial}`,
    name,
    random.pick([
      `Engineers inspected ${name}`,
      `The crew replaced a part of ${name} during routine maintenance`,
      `${name} was checked during a spacewalk`,
      `Flight controllers monitored ${name} from the ground`,
    ]),
    random.chance(0.3) ? { description: `A ${part} of the ${module.name} module` } : {},
  );
  component.module = module;
  component.retractable = true;
  module.components!.push(component);
  if (random.chance(0.9)) {
    story.soon(
      () =>
        !!story.link(
          "PART_OF",
          component,
          module,
          (c, m) => `${c.label} is part of the ${m.label} module`,
        ),
    );
  }
  return true;
}
