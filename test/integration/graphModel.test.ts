import type { Driver } from "neo4j-driver";
import type { CommandHandler } from "../../src/commands/CommandHandler";
import { ingestArticle } from "../../src/commands/ingestArticle";
import type { Command } from "../../src/catalogue/commands";
import { loadSeedArticles } from "../../src/seed/seedFolder";
import {
  parseGraphModelDoc,
  readGraphModelDoc,
  undocumented,
  unobserved,
  type ObservedGraph,
} from "../support/graphModelDoc";
import { freshServices, TEST_DATABASE } from "../support/testServices";

const SEED = "iss-leaks-ap-2024-02-29";
const NOTE = "graph-model-check";
const seed = (quote: string) => ({ articleId: SEED, quote });
const note = (quote: string) => ({ articleId: NOTE, quote });

/**
 * After the seed, every kind of change the projector knows: a second article (with a url),
 * corroborations, corrections of relations (validity, certainty) and of nodes (scalars and
 * links), retractions of a relation, an incident with its update, an entity and a statement.
 */
const LIFECYCLE: Command[] = [
  {
    type: "RegisterArticle",
    articleId: NOTE,
    title: "A note on the station (test article)",
    publisher: "Test Desk",
    publishedOn: "2024-03-01",
    url: "https://example.org/graph-model-check",
    dateline: "HOUSTON",
    text:
      "NASA confirmed the leak. The main thermal control system of Nauka kept working. " +
      "Zvezda leaked about 1.7 kg a day, between 1 and 2 kg a day by another estimate. " +
      "The leak began in 2019. Nauka, the Multipurpose Laboratory Module, is new. " +
      "A module called MLM is part of the Russian segment. The hatch called Zvezda is not the module. " +
      "MLM had a small leak.",
  },
  { type: "CorroborateFact", factId: "entity-nasa", source: note("NASA confirmed the leak") },
  {
    type: "CorroborateFact",
    factId: "relation-thermal-control-part-of-nauka",
    source: note("The main thermal control system of Nauka"),
  },
  {
    type: "CorrectFact",
    factId: "relation-thermal-control-part-of-nauka",
    changes: { certainty: "inferred" },
    reason: '"its" is read as Nauka\'s: implied, not said',
    source: seed("its main thermal control system was operating normally"),
  },
  {
    type: "CorrectFact",
    factId: "relation-soyuz-docked-at-iss",
    changes: { validFrom: "2022", validTo: "2022-12-31" },
    reason: "test: a corrected validity",
    source: seed(
      "In December 2022, coolant leaked from a Soyuz crew capsule docked at the station",
    ),
  },
  {
    type: "CorrectFact",
    factId: "entity-nauka-thermal-control",
    changes: { certainty: "inferred", description: "The main thermal control system of Nauka" },
    reason: '"its" is read as Nauka\'s: implied, not said',
    source: seed("its main thermal control system was operating normally"),
  },
  {
    type: "CorrectFact",
    factId: "incident-nauka-coolant-leak",
    changes: { affected: ["nauka-backup-radiator"], occurredAt: "2023" },
    reason: "test: corrected links and world time",
    source: seed("coolant has leaked from a backup external radiator"),
  },
  {
    type: "CorrectFact",
    factId: "statement-ap-other-defects",
    changes: { text: "There were other defects too." },
    reason: "test: a corrected statement",
    source: seed("There were also other defects."),
  },
  // What several sources add: figures, a disputed date, an alias, a namesake, a merge.
  {
    type: "RecordQuantity",
    quantityId: "zvezda-leak-rate",
    of: "zvezda-air-leak",
    measure: "air leak rate",
    value: 1.7,
    unit: "kg/d",
    occurredAt: "2024",
    source: note("Zvezda leaked about 1.7 kg a day"),
  },
  {
    type: "RecordQuantity",
    quantityId: "zvezda-leak-rate-estimate",
    of: "zvezda",
    measure: "air leak rate",
    lowerBound: 1,
    upperBound: 2,
    unit: "kg/d",
    certainty: "inferred",
    source: { ...note("between 1 and 2 kg a day by another estimate"), note: "test: bounds" },
  },
  {
    type: "RecordClaim",
    factId: "incident-zvezda-air-leak",
    field: "occurredAt",
    value: "2019",
    preferred: true,
    reason: "test: an earlier date from another source",
    source: note("The leak began in 2019"),
  },
  {
    type: "RankClaim",
    factId: "incident-zvezda-air-leak",
    claimId: "occurredAt-1",
    rank: "deprecated",
    reason: "test: a claim judged wrong",
    source: note("The leak began in 2019"),
  },
  {
    type: "AddAlias",
    entityId: "nauka",
    alias: "Multipurpose Laboratory Module",
    certainty: "inferred",
    source: { ...note("Nauka, the Multipurpose Laboratory Module"), note: "test: an apposition" },
  },
  {
    type: "RegisterEntity",
    entityId: "zvezda-hatch",
    kind: "Component",
    name: "Zvezda",
    distinctFrom: ["zvezda"],
    source: note("The hatch called Zvezda is not the module"),
  },
  {
    type: "RegisterEntity",
    entityId: "mlm",
    kind: "Module",
    name: "MLM",
    // Kept apart from another module: the merge moves that too.
    distinctFrom: ["zvezda"],
    source: note("A module called MLM"),
  },
  {
    type: "ReportIncident",
    incidentId: "mlm-leak",
    kind: "AIR_LEAK",
    title: "A small leak in MLM",
    occurredAt: "2024",
    affected: ["mlm"],
    source: note("MLM had a small leak"),
  },
  {
    type: "LinkEntities",
    relationId: "mlm-part-of-russian-segment",
    relation: "PART_OF",
    from: "mlm",
    to: "russian-segment",
    source: note("A module called MLM is part of the Russian segment"),
  },
  {
    type: "MergeEntities",
    entityId: "mlm",
    into: "nauka",
    reason: "test: MLM is Nauka",
    source: note("Nauka, the Multipurpose Laboratory Module"),
  },
  {
    type: "RetractFact",
    factId: "relation-moscow-located-in-russia",
    reason: "test: a retracted relation",
    source: seed("Moscow's military actions in Ukraine"),
  },
  {
    type: "RetractFact",
    factId: "incident-progress-coolant-leak",
    reason: "test: a retracted incident, with its update",
    source: seed("another similar leak from a Progress supply ship"),
  },
  {
    type: "RetractFact",
    factId: "entity-the-west",
    reason: "test: a retracted entity",
    source: seed("cooperation between Russia and the West"),
  },
  {
    type: "RetractFact",
    factId: "statement-ap-symbol-of-cooperation",
    reason: "test: a retracted statement",
    source: seed("which has served as a symbol of post-Cold War international cooperation"),
  },
];

/** Labels, relationship types and the property keys present, read from the database itself. */
async function observeGraph(driver: Driver): Promise<ObservedGraph> {
  const read = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database: TEST_DATABASE })).records;
  const labels = await read("CALL db.labels() YIELD label RETURN label");
  const types = await read(
    "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType",
  );
  const nodes = await read(
    `MATCH (n) UNWIND keys(n) AS key
     WITH labels(n) AS labels, key
     RETURN labels, collect(DISTINCT key) AS keys`,
  );
  const relationships = await read(
    `MATCH ()-[r]->() UNWIND keys(r) AS key
     RETURN type(r) AS type, collect(DISTINCT key) AS keys`,
  );
  return {
    labels: labels.map((r) => r.get("label") as string),
    relationshipTypes: types.map((r) => r.get("relationshipType") as string),
    nodes: nodes.map((r) => ({ labels: r.get("labels"), keys: r.get("keys") })),
    relationships: relationships.map((r) => ({ type: r.get("type"), keys: r.get("keys") })),
  };
}

describe("docs/graph-model.md, checked against the graph the projector writes", () => {
  let driver: Driver;
  let handler: CommandHandler;
  let graph: ObservedGraph;
  const doc = parseGraphModelDoc(readGraphModelDoc());

  beforeAll(async () => {
    ({ driver, handler } = await freshServices());
    for (const bundle of loadSeedArticles())
      await ingestArticle(handler, bundle.article, bundle.facts, { actor: "seed" });
    for (const command of LIFECYCLE) await handler.execute({ command });
    // Ingesting again appends nothing, yet takes the log's lock (EventLog.locked stays).
    for (const bundle of loadSeedArticles())
      await ingestArticle(handler, bundle.article, bundle.facts, { actor: "seed" });
    graph = await observeGraph(driver);
  });

  afterAll(async () => {
    await driver?.close();
  });

  it("has run every kind of change: corrections, retractions, history", () => {
    const labels = graph.nodes.flatMap((n) => n.labels);
    expect(labels).toEqual(expect.arrayContaining(["Retracted", "IncidentUpdate", "Article"]));
    expect(graph.relationshipTypes).toEqual(expect.arrayContaining(["HISTORICAL", "CITES"]));
    const historical = graph.relationships.find((r) => r.type === "HISTORICAL")?.keys;
    expect(historical).toEqual(expect.arrayContaining(["endedBy", "endReason", "endedByEvent"]));
  });

  it("documents every label, relationship type and property in the database", () => {
    expect(undocumented(doc, graph)).toEqual([]);
  });

  it("documents nothing that the database does not hold (but the transient rebuild mark)", () => {
    expect(unobserved(doc, graph)).toEqual([
      "property `rebuilding` of `EventLog` is documented but not in the graph",
    ]);
  });
});
