import { DEFAULT_LIMITS, type ServerSettings } from "../../src/config/serverSettings";
import { AP_ARTICLE, apSource } from "./apArticle";
import type { textQueryClient } from "./testServer";

/** A record of `changes`, with the parts of its node a test compares. */
export interface ChangeRecord {
  factId: string;
  typename: string;
  kind: string;
  position: number;
  lastEventType: string;
  mergedInto: string | null;
  node: { __typename: string; id: string; name?: string; title?: string } | null;
  relation: {
    id: string;
    factId: string;
    certainty: string;
    from: { id: string };
    to: { id: string };
  } | null;
  tombstone: { id: string; typename: string; position: number } | null;
}

export interface ChangePage {
  asOfPosition: number;
  endCursor: string;
  hasNextPage: boolean;
  changes: ChangeRecord[];
}

/** The selection of a change record that the tests read. */
export const CHANGE_FIELDS = `factId typename kind position lastEventType mergedInto
  node { __typename ... on Entity { id name } ... on Incident { id title } ... on Statement { id text } }
  relation { id factId certainty from { id } to { id } }
  tombstone { id typename position }`;

export const CHANGES_QUERY = `query ($since: Int!, $first: Int! = 100, $after: String) {
  changes(since: $since, first: $first, after: $after) {
    asOfPosition endCursor hasNextPage changes { ${CHANGE_FIELDS} } } }`;

/** One page of changes, or the errors it was refused with. */
export async function changesPage(
  ask: ReturnType<typeof textQueryClient>,
  variables: { since: number; first?: number; after?: string },
) {
  return ask<{ changes: ChangePage }>(CHANGES_QUERY, variables);
}

/** A NASA post the seed loads, which calls Pirs "the Pirs Docking Compartment". */
const PIRS_SOURCE = {
  articleId: "iss-leak-nasa-blog-2020-09-29",
  quote: "the Pirs Docking Compartment",
};
/** The AP article's sentence that the air leak's report cites. */
export const LEAK_SOURCE = {
  articleId: AP_ARTICLE,
  quote: "Russian space officials first reported a leak in the Zvezda module in August 2020",
};

/**
 * The writes the tests of changes follow, each asserted to succeed: a duplicate of Pirs
 * registered (and linked), a correction, a retraction of a statement, the duplicate's merge.
 */
export function changeWrites(ask: ReturnType<typeof textQueryClient>) {
  async function write(mutation: string, variables: Record<string, unknown>) {
    const { errors } = await ask(mutation, variables);
    expect(errors).toBeUndefined();
  }
  return {
    write,
    registerDuplicate: (alsoLink: boolean) =>
      write(
        `mutation ($s: SourceInput!) {
           registerEntity(input: { entityId: "docking-compartment", kind: Module, name: "Docking Compartment", source: $s })
             { receipt { stream } }
           ${alsoLink ? LINK_DUPLICATE : ""} }`,
        { s: PIRS_SOURCE },
      ),
    correct: (factId: string, changes: string, source = LEAK_SOURCE) =>
      write(
        `mutation ($s: SourceInput!) { correctFact(input: { factId: "${factId}", changes: ${changes},
           reason: "for the test", source: $s }) { receipt { stream } } }`,
        { s: source },
      ),
    retractStatement: () =>
      write(
        `mutation ($s: SourceInput!) { retractFact(input: { factId: "roscosmos-no-threat",
           reason: "withdrawn for the test", source: $s }) { receipt { stream } } }`,
        { s: apSource("There is no threat to the crew or the station itself") },
      ),
    mergeDuplicate: () =>
      write(
        `mutation ($s: SourceInput!) { mergeEntities(input: { entityId: "docking-compartment", into: "pirs",
           reason: "The post calls Pirs the Docking Compartment", source: $s }) { receipt { stream } } }`,
        { s: PIRS_SOURCE },
      ),
  };
}

const LINK_DUPLICATE = `linkEntities(input: { relationId: "docking-compartment-part-of-russian-segment",
  relation: PART_OF, from: "docking-compartment", to: "russian-segment", source: $s })
  { receipt { stream } }`;

/** A test server's settings: the first writes plan their statements, which took over 10 s busy. */
export const PATIENT_SETTINGS: Partial<ServerSettings> = {
  limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 60_000 },
};
