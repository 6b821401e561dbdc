import type { FuzzTargets } from "./hostileRequests";

/** Ids of the seed article's graph: hostile requests mix them with made-up ones. */
export function seedFuzzTargets(writerAuthorization: string): FuzzTargets {
  return {
    articleId: "iss-leaks-ap-2024-02-29",
    entityIds: [
      "iss",
      "zvezda",
      "nauka",
      "satoshi-furukawa",
      "oleg-kononenko",
      "nasa",
      "roscosmos",
      "russian-segment",
      "zvezda-air-leak",
      "montalbano-leak-increased",
    ],
    writerAuthorization,
  };
}

/** The well-behaved client: an entity page's neighbourhood, as a frontend asks it. */
export const FUZZ_PROBE = {
  query: `query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { distance node { id kind label } } edges { id type from to } } }`,
  variables: { id: "zvezda" },
};
