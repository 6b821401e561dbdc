import { EVENT_STORE_SCHEMA } from "../../src/eventstore/eventStoreSchema";
import { schemaName } from "../../src/neo4j/schemaStatements";
import { PROJECTION_SCHEMA } from "../../src/projection/projectionSchema";

describe("the schema statements, applied by name at start", () => {
  it("each names its index or constraint, and no two the same", () => {
    const names = [...EVENT_STORE_SCHEMA, ...PROJECTION_SCHEMA].map(schemaName);
    expect(names).toContain("event_position");
    expect(names).toContain("entity_names");
    expect(new Set(names).size).toBe(names.length);
  });

  it("reads the name of a full-text index, a constraint and a drop", () => {
    expect(
      schemaName("CREATE FULLTEXT INDEX fact_quotes IF NOT EXISTS FOR (n:Entity) ON EACH [n.q]"),
    ).toBe("fact_quotes");
    expect(
      schemaName("CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE"),
    ).toBe("fact_id");
    expect(schemaName("DROP INDEX event_stream IF EXISTS")).toBe("event_stream");
  });

  it("refuses a statement without a name or without IF [NOT] EXISTS", () => {
    expect(() => schemaName("CREATE INDEX FOR (n:Fact) ON (n.id)")).toThrow(
      /named schema statement/,
    );
    expect(() => schemaName("CREATE INDEX fact_x FOR (n:Fact) ON (n.x)")).toThrow(/named schema/);
  });
});
