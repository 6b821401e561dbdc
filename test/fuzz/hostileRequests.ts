import { prng } from "./prng";
import type { HostileRequest } from "./hostileRequest";
import { httpRequestMakers } from "./httpRequests";
import { readRequestMakers } from "./readRequests";
import {
  NASTY_STRINGS,
  randomString,
  type FuzzTargets,
  type MakerTools,
  type Pick,
} from "./requestMaking";
import { shapeRequestMakers } from "./shapeRequests";
import { trustRequestMakers } from "./trustRequests";
import { writeRequestMakers } from "./writeRequests";

export type { HostileRequest } from "./hostileRequest";
export type { FuzzTargets } from "./requestMaking";

/**
 * `count` hostile requests, the same for the same seed: wrong types, huge strings and lists,
 * deep nesting, alias and fragment bombs, invalid dates, unknown ids, Cypher- and Lucene-looking
 * strings, invalid UTF-8, bad JSON, wrong content types and methods, bad credentials. Mutations
 * never carry a valid command (each breaks a domain rule or lacks a writer), so a run must leave
 * the log and the graph exactly as they were.
 */
export function* hostileRequests(
  seed: number,
  count: number,
  targets: FuzzTargets,
): Generator<HostileRequest> {
  const random = prng(seed);
  const pick: Pick = (values) => values[Math.floor(random() * values.length)]!;
  const int = (max: number) => Math.floor(random() * max);
  const nasty = () => (random() < 0.7 ? pick(NASTY_STRINGS) : randomString(random, int(64)));
  const id = () => (random() < 0.4 ? pick(targets.entityIds) : nasty());
  const tools: MakerTools = { pick, int, random, nasty, id, targets };
  const makers = [
    ...readRequestMakers(tools),
    ...shapeRequestMakers(tools),
    ...writeRequestMakers(tools),
    ...httpRequestMakers(tools),
    ...trustRequestMakers({ pick, int, targets }),
  ];
  for (let sent = 0; sent < count; sent++) yield pick(makers)();
}
