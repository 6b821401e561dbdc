/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AgencyPage($id: ID!) {\n  agencies(where: {id: {eq: $id}}) {\n    id\n    name\n    aliases\n    description\n    members(sort: [{name: ASC}]) {\n      id\n      name\n    }\n    membersConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          certainty\n          role\n          quotes\n        }\n        node {\n          id\n          name\n        }\n      }\n    }\n    operates {\n      ... on Entity {\n        id\n        kind\n        name\n      }\n    }\n  }\n}\n\nquery EntitiesByName($names: [String!]!) {\n  entities(where: {name: {in: $names}}, sort: [{name: ASC}]) {\n    id\n    kind\n    name\n    ... on Person {\n      memberOf {\n        ... on Agency {\n          id\n          name\n        }\n      }\n    }\n    ... on Module {\n      partOf {\n        ... on Entity {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.AgencyPageDocument,
    "query IncidentClaims($id: ID!) {\n  incidents(where: {id: {eq: $id}}) {\n    id\n    occurredAt\n    occurredAtPrecision\n    claims {\n      id\n      field\n      value\n      precision\n      rank\n      reason\n      sources\n      quotes\n    }\n  }\n  disputes(about: $id) {\n    factId\n    field\n    claims {\n      claimId\n      value\n      rank\n      sources\n      quotes\n    }\n  }\n}": typeof types.IncidentClaimsDocument,
    "fragment NodeRef on GraphNode {\n  id\n  kind\n  label\n}\n\nfragment SearchHitRow on SearchHit {\n  node {\n    ...NodeRef\n  }\n  field\n  matched\n  score\n}\n\nfragment SubgraphRows on Subgraph {\n  nodes {\n    distance\n    node {\n      ...NodeRef\n    }\n  }\n  edges {\n    id\n    factId\n    type\n    from\n    to\n  }\n}": typeof types.NodeRefFragmentDoc,
    "query PathBetween($from: ID!, $to: ID!) {\n  path(from: $from, to: $to) {\n    ...SubgraphRows\n  }\n}\n\nquery NeighbourhoodOf($id: ID!, $depth: Int!) {\n  neighbourhood(id: $id, depth: $depth) {\n    ...SubgraphRows\n    truncated\n  }\n}\n\nquery SearchHits($phrase: String!) {\n  search(phrase: $phrase) {\n    ...SearchHitRow\n  }\n}\n\nquery RelationVersions($from: ID!, $type: GraphRelationType!, $asOfPosition: Int) {\n  relations(from: $from, type: $type, asOfPosition: $asOfPosition) {\n    id\n    factId\n    type\n    role\n    knownSince\n    knownUntil\n    from {\n      id\n    }\n    to {\n      id\n    }\n  }\n}\n\nmutation CorrectRelation($input: CorrectFactInput!) {\n  correctFact(input: $input) {\n    receipt {\n      positions\n    }\n  }\n}": typeof types.PathBetweenDocument,
    "subscription LiveEvents($fromPosition: Int) {\n  events(fromPosition: $fromPosition) {\n    id\n    position\n    stream\n    type\n  }\n}\n\nmutation RegisterPlace($input: RegisterEntityInput!) {\n  registerEntity(input: $input) {\n    receipt {\n      stream\n      positions\n    }\n  }\n}": typeof types.LiveEventsDocument,
    "query PeoplePage($first: Int!, $after: String) {\n  peopleConnection(first: $first, after: $after, sort: [{name: ASC}]) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.PeoplePageDocument,
    "query Search($phrase: String!, $first: Int!) {\n  search(phrase: $phrase, first: $first) {\n    ...SearchHitRow\n  }\n}": typeof types.SearchDocument,
    "query Timeline($about: ID) {\n  timeline(about: $about) {\n    entries {\n      kind\n      factId\n      incidentId\n      incidentKind\n      updateKind\n      statementKind\n      summary\n      at\n      precision\n      orderIsCertain\n    }\n    undated {\n      kind\n      factId\n      summary\n    }\n  }\n}": typeof types.TimelineDocument,
};
const documents: Documents = {
    "query AgencyPage($id: ID!) {\n  agencies(where: {id: {eq: $id}}) {\n    id\n    name\n    aliases\n    description\n    members(sort: [{name: ASC}]) {\n      id\n      name\n    }\n    membersConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          certainty\n          role\n          quotes\n        }\n        node {\n          id\n          name\n        }\n      }\n    }\n    operates {\n      ... on Entity {\n        id\n        kind\n        name\n      }\n    }\n  }\n}\n\nquery EntitiesByName($names: [String!]!) {\n  entities(where: {name: {in: $names}}, sort: [{name: ASC}]) {\n    id\n    kind\n    name\n    ... on Person {\n      memberOf {\n        ... on Agency {\n          id\n          name\n        }\n      }\n    }\n    ... on Module {\n      partOf {\n        ... on Entity {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.AgencyPageDocument,
    "query IncidentClaims($id: ID!) {\n  incidents(where: {id: {eq: $id}}) {\n    id\n    occurredAt\n    occurredAtPrecision\n    claims {\n      id\n      field\n      value\n      precision\n      rank\n      reason\n      sources\n      quotes\n    }\n  }\n  disputes(about: $id) {\n    factId\n    field\n    claims {\n      claimId\n      value\n      rank\n      sources\n      quotes\n    }\n  }\n}": types.IncidentClaimsDocument,
    "fragment NodeRef on GraphNode {\n  id\n  kind\n  label\n}\n\nfragment SearchHitRow on SearchHit {\n  node {\n    ...NodeRef\n  }\n  field\n  matched\n  score\n}\n\nfragment SubgraphRows on Subgraph {\n  nodes {\n    distance\n    node {\n      ...NodeRef\n    }\n  }\n  edges {\n    id\n    factId\n    type\n    from\n    to\n  }\n}": types.NodeRefFragmentDoc,
    "query PathBetween($from: ID!, $to: ID!) {\n  path(from: $from, to: $to) {\n    ...SubgraphRows\n  }\n}\n\nquery NeighbourhoodOf($id: ID!, $depth: Int!) {\n  neighbourhood(id: $id, depth: $depth) {\n    ...SubgraphRows\n    truncated\n  }\n}\n\nquery SearchHits($phrase: String!) {\n  search(phrase: $phrase) {\n    ...SearchHitRow\n  }\n}\n\nquery RelationVersions($from: ID!, $type: GraphRelationType!, $asOfPosition: Int) {\n  relations(from: $from, type: $type, asOfPosition: $asOfPosition) {\n    id\n    factId\n    type\n    role\n    knownSince\n    knownUntil\n    from {\n      id\n    }\n    to {\n      id\n    }\n  }\n}\n\nmutation CorrectRelation($input: CorrectFactInput!) {\n  correctFact(input: $input) {\n    receipt {\n      positions\n    }\n  }\n}": types.PathBetweenDocument,
    "subscription LiveEvents($fromPosition: Int) {\n  events(fromPosition: $fromPosition) {\n    id\n    position\n    stream\n    type\n  }\n}\n\nmutation RegisterPlace($input: RegisterEntityInput!) {\n  registerEntity(input: $input) {\n    receipt {\n      stream\n      positions\n    }\n  }\n}": types.LiveEventsDocument,
    "query PeoplePage($first: Int!, $after: String) {\n  peopleConnection(first: $first, after: $after, sort: [{name: ASC}]) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.PeoplePageDocument,
    "query Search($phrase: String!, $first: Int!) {\n  search(phrase: $phrase, first: $first) {\n    ...SearchHitRow\n  }\n}": types.SearchDocument,
    "query Timeline($about: ID) {\n  timeline(about: $about) {\n    entries {\n      kind\n      factId\n      incidentId\n      incidentKind\n      updateKind\n      statementKind\n      summary\n      at\n      precision\n      orderIsCertain\n    }\n    undated {\n      kind\n      factId\n      summary\n    }\n  }\n}": types.TimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgencyPage($id: ID!) {\n  agencies(where: {id: {eq: $id}}) {\n    id\n    name\n    aliases\n    description\n    members(sort: [{name: ASC}]) {\n      id\n      name\n    }\n    membersConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          certainty\n          role\n          quotes\n        }\n        node {\n          id\n          name\n        }\n      }\n    }\n    operates {\n      ... on Entity {\n        id\n        kind\n        name\n      }\n    }\n  }\n}\n\nquery EntitiesByName($names: [String!]!) {\n  entities(where: {name: {in: $names}}, sort: [{name: ASC}]) {\n    id\n    kind\n    name\n    ... on Person {\n      memberOf {\n        ... on Agency {\n          id\n          name\n        }\n      }\n    }\n    ... on Module {\n      partOf {\n        ... on Entity {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query AgencyPage($id: ID!) {\n  agencies(where: {id: {eq: $id}}) {\n    id\n    name\n    aliases\n    description\n    members(sort: [{name: ASC}]) {\n      id\n      name\n    }\n    membersConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          certainty\n          role\n          quotes\n        }\n        node {\n          id\n          name\n        }\n      }\n    }\n    operates {\n      ... on Entity {\n        id\n        kind\n        name\n      }\n    }\n  }\n}\n\nquery EntitiesByName($names: [String!]!) {\n  entities(where: {name: {in: $names}}, sort: [{name: ASC}]) {\n    id\n    kind\n    name\n    ... on Person {\n      memberOf {\n        ... on Agency {\n          id\n          name\n        }\n      }\n    }\n    ... on Module {\n      partOf {\n        ... on Entity {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncidentClaims($id: ID!) {\n  incidents(where: {id: {eq: $id}}) {\n    id\n    occurredAt\n    occurredAtPrecision\n    claims {\n      id\n      field\n      value\n      precision\n      rank\n      reason\n      sources\n      quotes\n    }\n  }\n  disputes(about: $id) {\n    factId\n    field\n    claims {\n      claimId\n      value\n      rank\n      sources\n      quotes\n    }\n  }\n}"): (typeof documents)["query IncidentClaims($id: ID!) {\n  incidents(where: {id: {eq: $id}}) {\n    id\n    occurredAt\n    occurredAtPrecision\n    claims {\n      id\n      field\n      value\n      precision\n      rank\n      reason\n      sources\n      quotes\n    }\n  }\n  disputes(about: $id) {\n    factId\n    field\n    claims {\n      claimId\n      value\n      rank\n      sources\n      quotes\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NodeRef on GraphNode {\n  id\n  kind\n  label\n}\n\nfragment SearchHitRow on SearchHit {\n  node {\n    ...NodeRef\n  }\n  field\n  matched\n  score\n}\n\nfragment SubgraphRows on Subgraph {\n  nodes {\n    distance\n    node {\n      ...NodeRef\n    }\n  }\n  edges {\n    id\n    factId\n    type\n    from\n    to\n  }\n}"): (typeof documents)["fragment NodeRef on GraphNode {\n  id\n  kind\n  label\n}\n\nfragment SearchHitRow on SearchHit {\n  node {\n    ...NodeRef\n  }\n  field\n  matched\n  score\n}\n\nfragment SubgraphRows on Subgraph {\n  nodes {\n    distance\n    node {\n      ...NodeRef\n    }\n  }\n  edges {\n    id\n    factId\n    type\n    from\n    to\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathBetween($from: ID!, $to: ID!) {\n  path(from: $from, to: $to) {\n    ...SubgraphRows\n  }\n}\n\nquery NeighbourhoodOf($id: ID!, $depth: Int!) {\n  neighbourhood(id: $id, depth: $depth) {\n    ...SubgraphRows\n    truncated\n  }\n}\n\nquery SearchHits($phrase: String!) {\n  search(phrase: $phrase) {\n    ...SearchHitRow\n  }\n}\n\nquery RelationVersions($from: ID!, $type: GraphRelationType!, $asOfPosition: Int) {\n  relations(from: $from, type: $type, asOfPosition: $asOfPosition) {\n    id\n    factId\n    type\n    role\n    knownSince\n    knownUntil\n    from {\n      id\n    }\n    to {\n      id\n    }\n  }\n}\n\nmutation CorrectRelation($input: CorrectFactInput!) {\n  correctFact(input: $input) {\n    receipt {\n      positions\n    }\n  }\n}"): (typeof documents)["query PathBetween($from: ID!, $to: ID!) {\n  path(from: $from, to: $to) {\n    ...SubgraphRows\n  }\n}\n\nquery NeighbourhoodOf($id: ID!, $depth: Int!) {\n  neighbourhood(id: $id, depth: $depth) {\n    ...SubgraphRows\n    truncated\n  }\n}\n\nquery SearchHits($phrase: String!) {\n  search(phrase: $phrase) {\n    ...SearchHitRow\n  }\n}\n\nquery RelationVersions($from: ID!, $type: GraphRelationType!, $asOfPosition: Int) {\n  relations(from: $from, type: $type, asOfPosition: $asOfPosition) {\n    id\n    factId\n    type\n    role\n    knownSince\n    knownUntil\n    from {\n      id\n    }\n    to {\n      id\n    }\n  }\n}\n\nmutation CorrectRelation($input: CorrectFactInput!) {\n  correctFact(input: $input) {\n    receipt {\n      positions\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveEvents($fromPosition: Int) {\n  events(fromPosition: $fromPosition) {\n    id\n    position\n    stream\n    type\n  }\n}\n\nmutation RegisterPlace($input: RegisterEntityInput!) {\n  registerEntity(input: $input) {\n    receipt {\n      stream\n      positions\n    }\n  }\n}"): (typeof documents)["subscription LiveEvents($fromPosition: Int) {\n  events(fromPosition: $fromPosition) {\n    id\n    position\n    stream\n    type\n  }\n}\n\nmutation RegisterPlace($input: RegisterEntityInput!) {\n  registerEntity(input: $input) {\n    receipt {\n      stream\n      positions\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeoplePage($first: Int!, $after: String) {\n  peopleConnection(first: $first, after: $after, sort: [{name: ASC}]) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query PeoplePage($first: Int!, $after: String) {\n  peopleConnection(first: $first, after: $after, sort: [{name: ASC}]) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($phrase: String!, $first: Int!) {\n  search(phrase: $phrase, first: $first) {\n    ...SearchHitRow\n  }\n}"): (typeof documents)["query Search($phrase: String!, $first: Int!) {\n  search(phrase: $phrase, first: $first) {\n    ...SearchHitRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Timeline($about: ID) {\n  timeline(about: $about) {\n    entries {\n      kind\n      factId\n      incidentId\n      incidentKind\n      updateKind\n      statementKind\n      summary\n      at\n      precision\n      orderIsCertain\n    }\n    undated {\n      kind\n      factId\n      summary\n    }\n  }\n}"): (typeof documents)["query Timeline($about: ID) {\n  timeline(about: $about) {\n    entries {\n      kind\n      factId\n      incidentId\n      incidentKind\n      updateKind\n      statementKind\n      summary\n      at\n      precision\n      orderIsCertain\n    }\n    undated {\n      kind\n      factId\n      summary\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;