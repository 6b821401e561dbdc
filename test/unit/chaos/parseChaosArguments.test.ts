import path from "node:path";
import { projectRoot } from "../../../src/config/projectRoot";
import {
  CHAOS_DEFAULTS,
  ChaosUsageError,
  parseChaosArguments,
} from "../../../test/chaos/parseChaosArguments";

describe("npm run chaos's arguments", () => {
  it("default to the full run, on a Neo4j and ports of its own", () => {
    const { options, help } = parseChaosArguments([], {});
    expect(help).toBe(false);
    expect(options).toMatchObject({ ...CHAOS_DEFAULTS, apiPort: 0 });
    expect(options.kills).toBe(20);
    expect(options.neo4j).toMatchObject({
      instanceDir: path.join(projectRoot(), ".neo4j", "chaos"),
      boltPort: 47687,
      httpPort: 47474,
    });
  });

  it("take the options and the environment", () => {
    const { options } = parseChaosArguments(
      ["--kills", "2", "--clients", "3", "--racers", "5", "--seed", "9", "--duration", "60"],
      { CHAOS_NEO4J_BOLT_PORT: "27897", CHAOS_NEO4J_HTTP_PORT: "27884", CHAOS_API_PORT: "24201" },
    );
    expect(options).toMatchObject({
      kills: 2,
      clients: 3,
      racers: 5,
      seed: 9,
      durationSeconds: 60,
      apiPort: 24201,
    });
    expect(options.neo4j).toMatchObject({ boltPort: 27897, httpPort: 27884 });
  });

  it("refuse what they cannot run", () => {
    expect(() => parseChaosArguments(["--kills", "-1"], {})).toThrow(ChaosUsageError);
    expect(() => parseChaosArguments(["--racers", "1"], {})).toThrow(/at least 2/);
    expect(() => parseChaosArguments(["--clients", "many"], {})).toThrow(ChaosUsageError);
    expect(() => parseChaosArguments(["--unknown"], {})).toThrow(ChaosUsageError);
  });
});
