import neo4j, { Date as Neo4jDate, DateTime } from "neo4j-driver";
import { graphValueCodec } from "../../../bench/graphValueCodec";
import { toPlain } from "../../../src/neo4j/neo4jValues";

describe("the raw load's property codec", () => {
  it("gives back every value the projection writes, with its Neo4j type, through JSON", () => {
    const properties = {
      id: "zvezda",
      knownSince: neo4j.int(42),
      correctedAt: [neo4j.int(7), neo4j.int(9)],
      quotes: ["a", "b"],
      score: 0.5,
      flag: true,
      nothing: null,
      publishedOn: new Neo4jDate(2024, 2, 29),
      validFromStart: new DateTime(2020, 8, 1, 0, 0, 0, 0, 0),
      zoned: new DateTime(2020, 8, 1, 12, 30, 5, 1_000, undefined, "Europe/Moscow"),
    };
    const back = graphValueCodec.decodeProperties(
      JSON.parse(JSON.stringify(graphValueCodec.encodeProperties(properties))),
    );
    expect(toPlain(back)).toEqual(toPlain(properties));
    expect(neo4j.isInt(back.knownSince)).toBe(true);
    expect(typeof back.score).toBe("number");
    expect(neo4j.isDateTime(back.zoned)).toBe(true);
  });

  it("refuses a value it cannot give back exactly", () => {
    const duration = new neo4j.types.Duration(1, 2, 3, 4);
    expect(() => graphValueCodec.encodeProperties({ duration })).toThrow(/cannot dump/);
  });
});
