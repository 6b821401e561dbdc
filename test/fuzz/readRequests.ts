import {
  citizenship,
  graphql,
  INVALID_DATES,
  NUMBERS,
  json,
  type RequestMakers,
} from "./requestMaking";

/** Reads with hostile arguments: the custom reads, the generated ones (negative and huge pages, hostile filter values, deep relationship filters, lists within lists). */
export const readRequestMakers: RequestMakers = ({ pick, int, random, nasty, id, targets }) => {
  return [
    // Custom reads with hostile arguments.
    () =>
      graphql(
        "neighbourhood",
        `
          query ($id: ID!, $depth: Int!, $validOn: String, $asOf: Int, $limit: Int!) {
            neighbourhood(
              id: $id
              depth: $depth
              validOn: $validOn
              asOfPosition: $asOf
              limit: $limit
            ) {
              nodes {
                distance
                node {
                  id
                  kind
                }
              }
              edges {
                type
              }
            }
          }
        `,
        {
          id: id(),
          depth: pick([...NUMBERS, 1, 2, 4, 10]),
          validOn: random() < 0.5 ? pick(INVALID_DATES) : null,
          asOf: random() < 0.5 ? pick(NUMBERS) : null,
          limit: pick([...NUMBERS, 10]),
        },
      ),
    () =>
      graphql(
        "path",
        `
          query ($from: ID!, $to: ID!, $max: Int!) {
            path(from: $from, to: $to, maxDepth: $max) {
              nodes {
                node {
                  id
                }
              }
              edges {
                type
              }
            }
          }
        `,
        { from: id(), to: random() < 0.2 ? "iss" : id(), max: pick([...NUMBERS, 6]) },
      ),
    () =>
      graphql(
        "timeline",
        `
          query ($about: ID, $from: String, $until: String, $asOf: Int) {
            timeline(about: $about, from: $from, until: $until, asOfPosition: $asOf) {
              entries {
                incidentKind
                summary
              }
            }
          }
        `,
        { about: id(), from: pick(INVALID_DATES), until: pick(INVALID_DATES), asOf: pick(NUMBERS) },
      ),
    () =>
      graphql(
        "relations",
        `{ relations(type: ${pick(["CREW_OF", "PART_OF", "NOPE", "1", '"CREW_OF"'])}, from: ${json(id())}, validOn: ${json(pick(INVALID_DATES))}) { id type } }`,
      ),
    () =>
      graphql(
        "search",
        `
          query ($p: String!, $f: Int!, $s: SearchSyntax!, $z: Boolean!) {
            search(phrase: $p, first: $f, syntax: $s, fuzzy: $z) {
              node {
                kind
              }
              field
              score
            }
          }
        `,
        {
          p: nasty(),
          f: pick([...NUMBERS, 20]),
          s: pick(["TEXT", "TEXT", "LUCENE", "lucene", 1]),
          z: pick([true, false, "yes"]),
        },
      ),
    () =>
      graphql(
        "lucene",
        `query($p: String!) { ${pick(["peopleByName", "incidentsByText", "modulesByName", "statementsByText"])}(phrase: $p, first: ${pick([-5, 0, 3, 1000000])}) { edges { score } } }`,
        { p: nasty() },
      ),
    () =>
      graphql(
        "event-log",
        `{ eventLog(fromPosition: ${pick(NUMBERS)}, first: ${pick(NUMBERS)}, streams: [${json(nasty())}]) { position } }`,
      ),
    () =>
      graphql(
        "history",
        `
          query ($f: String!) {
            history(factId: $f) {
              position
            }
            sources(factId: $f) {
              quote
            }
          }
        `,
        { f: id() },
      ),
    // Generated reads: negative and huge pages, filters with hostile values, deep filters.
    () =>
      graphql(
        "generated-paging",
        `{ people(limit: ${pick(NUMBERS)}, offset: ${pick(NUMBERS)}) { id name } incidentsConnection(first: ${pick(NUMBERS)}, after: ${json(nasty())}) { totalCount } }`,
      ),
    () =>
      graphql(
        "generated-filter",
        `
          query ($n: String!) {
            people(where: { name: { contains: $n } }) {
              id
            }
            modules(where: { id: { eq: $n } }) {
              name
            }
          }
        `,
        {
          n: nasty(),
        },
      ),
    // Relationship filters within each other (people's countries' citizens' countries...):
    // deep ones of `some`, and `all` or `single`, whose Cypher or work doubles per level.
    () => {
      const depth = 5 + int(60);
      return graphql(
        "deep-filter",
        `{ people(where: ${citizenship(depth, () => "some", json(pick(targets.entityIds)))}) { id } }`,
      );
    },
    () => {
      const depth = 3 + int(10);
      const quantifier = () => pick(["all", "single"]);
      return graphql(
        "filter-bomb",
        `{ people(where: ${citizenship(depth, quantifier, '"nobody"')}) { id } }`,
      );
    },
    // Lists within lists, each within its limits, whose product is not.
    () => {
      // Outermost first, inside a country: its citizens, their countries, their citizens...
      const fields = Array.from({ length: 4 + int(4) }, (_, level) =>
        level % 2 === 0 ? "citizens(limit: 1000)" : "citizenOf",
      );
      const selection = fields.reduceRight((inner, field) => `${field} { ${inner} }`, "name");
      return graphql(
        "cost-bomb",
        `{ countries(limit: 1000) { citizens(limit: 1000) { citizenOf { ${selection} } } } }`,
      );
    },
  ];
};
