// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";

/** A Cypher node pattern naming one of the log's labels: (e:Event), (:EventLog {...}), ... */
const LOG_LABEL_IN_CYPHER = "/\\(\\s*\\w*\\s*:\\s*(Event|EventStream|EventLog|Command)\\b/";

/**
 * Cypher spelling a label or a relationship type (other than the log's, which the rule above
 * keeps to src/eventstore): a label in a pattern or a predicate, (n:Incident), (:Fact), n:Entity;
 * or after an interpolated variable, ${n}:Entity; a type in a pattern, [:PART_OF],
 * [r:HISTORICAL|CREW_OF]; a type compared as a string,
 * type(r) <> 'CITES', type(r) IN ['CITES', ...]. Names written as ${LABEL.Fact} or ${TYPE.CITES}
 * are not spelt: they come from src/graph. test/unit/graph/graphNamesLint.test.ts shows it.
 */
const GRAPH_NAME_IN_CYPHER =
  "/(^|\\(|\\b[a-z]\\w*):(?!(Event|EventStream|EventLog|Command)\\b)[A-Z][A-Za-z]*\\b|\\[\\w*:[A-Z][A-Z_]*\\b|type\\(\\w+\\)\\)?\\s*(=|<>|IN)\\s*\\[?\\s*'[A-Z]/";

/** no-restricted-syntax entries refusing a string or template text that matches the pattern. */
const inStrings = (pattern, message) => [
  { selector: `Literal[value=${pattern}]`, message },
  { selector: `TemplateElement[value.raw=${pattern}]`, message },
];

const LOG_IN_CYPHER = inStrings(
  LOG_LABEL_IN_CYPHER,
  "Only src/eventstore reads or writes the log: ask the event store.",
);
const GRAPH_IN_CYPHER = inStrings(
  GRAPH_NAME_IN_CYPHER,
  "Only src/graph spells the graph's labels and relationship types: write ${LABEL.X} and ${TYPE.X} (src/graph/graphLabels.ts, relationshipTypes.ts), or ask a reader of src/graph.",
);

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
    // A file a person reads whole: at most 300 lines. Generated files are ignored above.
    files: ["**/*.ts", "**/*.tsx", "**/*.mjs"],
    rules: { "max-lines": ["error", { max: 300, skipBlankLines: false, skipComments: false }] },
  },
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
    // test/unit/logOwnership.test.ts). One owner of the graph model: only src/graph spells the
    // projection's labels and relationship types (the SDL's @cypher is checked by
    // test/unit/graph/sdlAgreesWithVocabulary.test.ts).
    files: ["src/**/*.ts"],
    ignores: ["src/eventstore/**"],
    rules: {
      "no-restricted-syntax": ["error", ...LOG_IN_CYPHER, ...GRAPH_IN_CYPHER],
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
    // The graph model's owner spells its names.
    files: ["src/graph/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", ...LOG_IN_CYPHER] },
  },
  {
    // The bench reads the graph as the service does. Its read queries are an analyst's Cypher,
    // spelt out as in docs/cypher-cookbook.md, and run against the projected graph by
    // test/integration/benchmark.test.ts.
    files: ["bench/**/*.ts"],
    ignores: ["bench/readAnswers.ts", "bench/graphReads.ts", "bench/timeTravelAndSearchReads.ts"],
    rules: { "no-restricted-syntax": ["error", ...GRAPH_IN_CYPHER] },
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
    // bench/ and test/ never import each other: what both use is in tools/ (the story generator,
    // tools/stories; shared support, tools/support), which imports neither. The bench's own
    // tests may import the bench they test.
    files: ["bench/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/test/**"],
              message: "bench/ never imports test/: move what both need to tools/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["test/**/*.ts"],
    ignores: ["test/unit/bench/**", "test/integration/benchmark.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/bench/**"],
              message: "test/ never imports bench/: move what both need to tools/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["tools/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/bench/**", "**/test/**"],
              message: "tools/ serves bench/ and test/ and imports neither.",
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
