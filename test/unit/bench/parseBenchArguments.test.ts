import { BenchUsageError, parseBenchArguments } from "../../../bench/parseBenchArguments";

describe("npm run bench's arguments", () => {
  it("reads a scale as a number, with k and M, and takes the defaults for the rest", () => {
    expect(parseBenchArguments(["--scale", "10k"]).options).toMatchObject({
      scale: 10_000,
      seed: 1,
      factsPerArticle: 500,
      clients: [1, 8, 32],
      skip: [],
    });
    expect(parseBenchArguments(["--scale", "1M"]).options.scale).toBe(1_000_000);
    expect(parseBenchArguments(["--scale", "20_000"]).options.scale).toBe(20_000);
  });

  it("reads every option", () => {
    const { options, out, profile } = parseBenchArguments([
      "--scale=2000",
      "--seed=7",
      "--facts-per-article=50",
      "--skip=startup-empty,startup-full",
      "--out=/tmp/x.json",
      "--clients=1,4",
      "--commands=10",
      "--raw-batch=250",
      "--raw-log-batch=400",
      "--samples=5",
      "--profile",
    ]);
    expect(options).toMatchObject({
      scale: 2_000,
      seed: 7,
      factsPerArticle: 50,
      skip: ["startup-empty", "startup-full"],
      clients: [1, 4],
      commandsPerLevel: 10,
      rawBatchSize: 250,
      rawLogBatchSize: 400,
      samples: 5,
    });
    // Without it, the load of log and graph commits as ingestion did.
    expect(parseBenchArguments(["--scale", "10k"]).options.rawLogBatchSize).toBeUndefined();
    expect(out).toBe("/tmp/x.json");
    expect(profile).toBe(true);
    expect(parseBenchArguments(["--scale", "10k"]).profile).toBe(false);
  });

  it.each([
    [[], /--scale is required/],
    [["--scale", "lots"], /--scale must be a whole number/],
    [["--scale", "10k", "--skip", "ingestion"], /no phase "ingestion" to skip/],
    [["--scale", "10k", "--skip", "nap"], /no phase "nap"/],
    [["--scale", "10k", "--clients", "0"], /--clients must be a whole number of at least 1/],
    [["--scale", "10k", "--fast"], /Unknown option '--fast'/],
    [["--scale", "10k", "extra"], /positional/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseBenchArguments(argv)).toThrow(BenchUsageError);
    expect(() => parseBenchArguments(argv)).toThrow(message);
  });
});
