/**
 * Tests by tier: unit (pure, no database), integration (the test Neo4j that the global setup
 * starts), e2e and frontend (HTTP and WebSocket against the running server; frontend: through
 * Apollo Client and urql), chaos (crash safety on a Neo4j of its own).
 * `npx jest --selectProjects unit` needs no Neo4j.
 * @type {import('jest').Config}
 */
const shared = {
  testEnvironment: "node",
  transform: {
    "^.+\\.ts$": ["@swc/jest"],
    // jose and github-slugger ship ES modules only: Jest's module system (unlike Node's require)
    // needs them as CommonJS.
    "/node_modules/(jose|github-slugger)/.+\\.js$": ["@swc/jest"],
  },
  transformIgnorePatterns: ["/node_modules/(?!jose/|github-slugger/)"],
};

module.exports = {
  projects: [
    { ...shared, displayName: "unit", testMatch: ["<rootDir>/test/unit/**/*.test.ts"] },
    {
      ...shared,
      displayName: "integration",
      testMatch: [
        "<rootDir>/test/integration/**/*.test.ts",
        "<rootDir>/test/e2e/**/*.test.ts",
        "<rootDir>/test/frontend/**/*.test.ts",
      ],
      globalSetup: "<rootDir>/test/support/globalSetup.ts",
      globalTeardown: "<rootDir>/test/support/globalTeardown.ts",
    },
    // Crash safety: each run starts and kills a Neo4j of its own, not the shared test Neo4j.
    { ...shared, displayName: "chaos", testMatch: ["<rootDir>/test/chaos/**/*.test.ts"] },
  ],
  // The integration tiers share one database: test files run one at a time.
  maxWorkers: 1,
  testTimeout: 120_000,
};
