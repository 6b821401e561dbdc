// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";

/** A Cypher node pattern naming one of the log's labels: (e:Event), (:EventLog {...}), ... */
const LOG_LABEL_IN_CYPHER = "/\\(\\s*\\w*\\s*:\\s*(Event|EventStream|EventLog|Command)\\b/";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".neo4j/",
      "dist/",
      "coverage/",
      "**/generated/",
      "scratch/",
      // Written by test runs (screenshots, the guides' snippets the frontend tests run).
      "test-results/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/switch-exhaustiveness-check": "off",
      eqeqeq: ["error", "always"],
    },
  },
  {
    // One owner of the log: only src/eventstore knows how it is stored. Cypher elsewhere never
    // names its labels; its internals are imported by nobody else (the SDL is checked by
    // test/unit/logOwnership.test.ts).
    files: ["src/**/*.ts"],
    ignores: ["src/eventstore/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: `Literal[value=${LOG_LABEL_IN_CYPHER}]`,
          message: "Only src/eventstore reads or writes the log: ask the event store.",
        },
        {
          selector: `TemplateElement[value.raw=${LOG_LABEL_IN_CYPHER}]`,
          message: "Only src/eventstore reads or writes the log: ask the event store.",
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/eventstore/eventProperties", "**/eventstore/legacyEvents"],
              message: "The log's storage format is private to src/eventstore.",
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no I/O, no database, nothing of the layers around it.
    files: ["src/domain/**/*.ts", "src/events/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "neo4j-driver",
                "node:fs",
                "node:fs/*",
                "node:child_process",
                "node:net",
                "node:http",
                "node:https",
                "**/eventstore/**",
                "**/projection/**",
                "**/commands/**",
                "**/graphql/**",
                "**/explore/**",
                "**/neo4j/**",
                "**/server/**",
              ],
              message: "Domain code does no I/O and knows nothing of the layers around it.",
            },
          ],
        },
      ],
    },
  },
  {
    // The GraphiQL IDE (built by Vite for the browser); its vite.config.mts runs in Node.
    files: ["ide/**/*.{ts,tsx,mts}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["ide/vite.config.mts"],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
