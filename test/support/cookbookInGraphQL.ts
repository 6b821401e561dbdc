/**
 * The questions of docs/cypher-cookbook.md asked through GraphQL, as a person exploring in
 * GraphiQL would write them: the generated reads with their filters, nested selections and
 * sorts where those answer, the purpose-built reads (relations, timeline, path, history,
 * sources, search) where they are what the API offers. None may be refused with the default
 * limits (test/unit/honestQueries.test.ts).
 */
export const COOKBOOK_IN_GRAPHQL: readonly { question: string; query: string }[] = [
  {
    question: "Who is on the crew, by agency",
    query: `{
      agencies(sort: [{ name: ASC }]) {
        name
        members(where: { citizenOf: { some: { id: { in: ["usa", "russia", "japan", "denmark"] } } } }, sort: [{ name: ASC }]) {
          name
          crewOf { __typename ... on Station { id name } ... on Vehicle { id name } }
        }
        membersConnection { totalCount edges { properties { certainty quotes } } }
      }
    }`,
  },
  {
    question: "Incidents per module, segment and station, with their parts",
    query: `{
      stations {
        name
        incidentsIncludingParts { id title }
        parts {
          ... on Segment {
            name
            incidentsIncludingParts { id title }
            parts { ... on Module { name incidents { id title } incidentsIncludingParts { id } } }
          }
          ... on Module { name incidentsIncludingParts { id title } }
        }
      }
    }`,
  },
  {
    question: "Which incidents affected a part of the Russian segment",
    query: `{
      modules(where: { incidentsIncludingParts_SOME: { kind: { in: [AIR_LEAK, COOLANT_LEAK] } } }) {
        name
        incidentsIncludingParts { id title occurredAt }
      }
      segments(where: { id: { eq: "russian-segment" } }) {
        name
        incidentsIncludingParts {
          id
          title
          occurredAt
          affected { __typename ... on Module { name } ... on Component { name } ... on Vehicle { name } }
        }
      }
    }`,
  },
  {
    question: "The leaks in order of world time",
    query: `{
      incidents(sort: [{ occurredTo: ASC }, { occurredFrom: ASC }]) {
        id kind occurredAt occurredAtPrecision certainty
        affected { __typename ... on Module { name } ... on Vehicle { name } ... on Component { name } }
      }
    }`,
  },
  {
    question: "The history of the Zvezda leak, with the precision of each date",
    query: `{
      incidents(where: { id: { eq: "zvezda-air-leak" } }) {
        id kind occurredAt occurredAtPrecision occurredFrom occurredTo
        updates(where: { occurredFrom: { gte: "2000-01-01T00:00:00Z" } }, sort: [{ occurredTo: ASC }, { occurredFrom: ASC }]) {
          id kind occurredAt occurredAtPrecision occurredFrom occurredTo
        }
      }
      timeline(about: "zvezda-air-leak") { entries { factId at precision earliest latest orderIsCertain summary } }
    }`,
  },
  {
    question: "What caused what",
    query: `{
      incidents(where: { updates: { some: { kind: { eq: CAUSE_DETERMINED } } } }, sort: [{ id: ASC }]) {
        id
        updates(where: { kind: { eq: CAUSE_DETERMINED } }) {
          cause ruledOut likelihood
          reportedBy { __typename ... on Agency { name } ... on Country { name } ... on Person { name } }
        }
      }
    }`,
  },
  {
    question: "Who said what about which incident",
    query: `{
      incidents(where: { statementsAbout: { some: { kind: { in: [ASSESSMENT, REPORT, ACKNOWLEDGEMENT] } } } }, sort: [{ occurredFrom: ASC }]) {
        id
        statementsAbout(sort: [{ occurredFrom: ASC }]) {
          occurredAt text speakerDescription
          saidBy { __typename ... on Person { name } ... on Agency { name } }
          speakers { __typename ... on Person { name } ... on Agency { name } }
        }
      }
    }`,
  },
  {
    question: "Statements and their speakers, named or not",
    query: `{
      statements(sort: [{ id: ASC }]) {
        id kind speakerDescription
        saidBy { __typename ... on Person { name } ... on Agency { name } ... on Organization { name } ... on Country { name } }
        attributedTo { __typename ... on Agency { name } ... on Country { name } }
        attributedToConnection { edges { properties { certainty } } }
      }
    }`,
  },
  {
    question: "How two entities are connected",
    query: `{ path(from: "satoshi-furukawa", to: "zvezda") { nodes { distance node { id kind label } } edges { type from to certainty quotes } } }`,
  },
  {
    question: "What had happened by the end of 2021 (world time)",
    query: `{
      timeline(until: "2021") { entries { kind factId at precision orderIsCertain } }
      incidents(where: { occurredFrom: { lte: "2021-12-31T23:59:59.999Z" } }, sort: [{ occurredTo: ASC }]) {
        id occurredAt occurredAtPrecision
        updates(where: { occurredFrom: { lte: "2021-12-31T23:59:59.999Z" } }) { id occurredAt }
      }
    }`,
  },
  {
    question: "What the log knew about the Zvezda leak at a position",
    query: `{
      timeline(about: "zvezda-air-leak", asOfPosition: 75) { entries { factId summary } }
      incidents(where: { id: { eq: "zvezda-air-leak" } }) {
        updates(where: { knownSince: { lte: 75 } }) { id knownSince }
        statementsAbout(where: { knownSince: { lte: 75 } }) { id knownSince }
      }
    }`,
  },
  {
    question: "A relation as known before and after its correction",
    query: `{
      before: relations(from: "nauka-thermal-control", type: PART_OF, asOfPosition: 96) { id type from { label } to { label } certainty knownSince knownUntil }
      after: relations(from: "nauka-thermal-control", type: PART_OF, asOfPosition: 97) { id type from { label } to { label } certainty knownSince knownUntil }
      history(factId: "thermal-control-part-of-nauka") { position type data }
    }`,
  },
  {
    question: "Facts about Zvezda, with the sentence each comes from",
    query: `{
      modules(where: { id: { eq: "zvezda" } }) {
        name certainty quotes
        citationsConnection { edges { properties { ... on Citation { quote note } } node { title } } }
        incidentsConnection { edges { properties { certainty quotes } node { title } } }
      }
      outgoing: relations(from: "zvezda") { type to { id label } certainty quotes }
      incoming: relations(to: "zvezda") { type from { id label } certainty quotes }
      sources(factId: "zvezda") { eventType quote articleTitle }
    }`,
  },
  {
    question: "The entities with the most incidents",
    query: `{
      stations { name incidentsIncludingParts { id } }
      segments { name incidentsIncludingParts { id } }
      modules { name incidentsIncludingParts { id } }
      vehicles { name incidentsIncludingParts { id } }
      agencies(sort: [{ name: ASC }]) { name reportedIncidents { id } statementsAbout { about { __typename ... on Incident { id } } } }
      people { name incidents { id } }
    }`,
  },
  {
    question: "Facts corrected since they were stated",
    query: `{
      entities(where: { correctedAt: { includes: 97 } }) { id name correctedAt }
      incidents(where: { correctedAt: { includes: 97 } }) { id correctedAt }
      statements(where: { correctedAt: { includes: 97 } }) { id correctedAt }
    }`,
  },
  {
    question: "A node's former values, from the log",
    query: `{ history(factId: "nauka-thermal-control") { position type data recordedAt actor } }`,
  },
  {
    question: "Inferred and asserted facts",
    query: `{
      inferred: entitiesConnection(where: { certainty: { eq: inferred } }) { totalCount }
      asserted: entitiesConnection(where: { certainty: { eq: asserted } }) { totalCount }
      inferredIncidents: incidentsConnection(where: { certainty: { eq: inferred } }) { totalCount }
      assertedIncidents: incidentsConnection(where: { certainty: { eq: asserted } }) { totalCount }
      inferredStatements: statementsConnection(where: { certainty: { eq: inferred } }) { totalCount }
      relations(type: MEMBER_OF) { id type certainty }
    }`,
  },
  {
    question: "The Japanese astronaut's agency, and why it is inferred",
    query: `{
      people(where: { citizenOf: { some: { name: { eq: "Japan" } } } }) {
        name
        memberOfConnection { edges { properties { certainty role quotes } node { __typename ... on Agency { name } } } }
      }
    }`,
  },
  {
    question: "The event log of one fact",
    query: `{ history(factId: "zvezda-air-leak") { position stream revision type occurredAt recordedAt actor data } sources(factId: "zvezda-air-leak") { eventType quote } }`,
  },
  {
    question: "Who was aboard on 2024-02-29",
    query: `{
      stations(where: { id: { eq: "iss" } }) {
        crewConnection(where: { edge: { certainty: { in: [asserted, inferred] } } }) {
          edges { properties { validFrom validTo certainty } node { name citizenOf { name } } }
        }
      }
      relations(type: CREW_OF, to: "iss", validOn: "2024-02-29") { from { label } certainty }
    }`,
  },
  {
    question: "Which facts mention meteoroids (full-text search)",
    query: `{ search(phrase: "meteoroid") { field matched score node { id kind label } } statementsByText(phrase: "meteoroid") { edges { score node { id text } } } }`,
  },
  {
    question:
      "The crew's citizenships, with the agencies of their countries' citizens (comparing people side by side)",
    query: `{
      ${Array.from({ length: 20 }, (_, i) => `p${i}: people(offset: ${i}, limit: 1) { name citizenOf { name citizens { name } } }`).join("\n      ")}
    }`,
  },
];
