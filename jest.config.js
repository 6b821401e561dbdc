/** Tests by tier: unit (no database), integration (the test Neo4j), e2e (HTTP). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["@swc/jest"] },
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  globalSetup: "<rootDir>/test/support/globalSetup.ts",
  globalTeardown: "<rootDir>/test/support/globalTeardown.ts",
  // The integration tiers share one database: run test files one at a time.
  maxWorkers: 1,
  testTimeout: 60_000,
};
