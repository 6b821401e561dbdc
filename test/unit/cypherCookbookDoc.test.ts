import neo4j from "neo4j-driver";
import { parseCookbook, readCookbook, tableCells, withAnswers } from "../support/cypherCookbookDoc";

const MINI = `# Cookbook

## Before the questions

\`\`\`graphql
mutation M($input: CorrectFactInput!) { correctFact(input: $input) { factId } }
\`\`\`

\`\`\`json
{ "input": { "factId": "entity-x" } }
\`\`\`

## Questions

Some prose, and a table that is not an answer:

| a |
| --- |
| 1 |

### First question

Parameters: \`asOf=75\` \`day=2024-02-29\`

\`\`\`cypher
RETURN $asOf AS n,
       'a|b' AS s
\`\`\`

| n  | s    |
| -- | ---- |
| 75 | a\\|b |

### Second question

\`\`\`cypher
RETURN 1 AS one LIMIT 0
\`\`\`

| one |
| --- |

## How it is checked

### Not a question
`;

describe("the reader of docs/cypher-cookbook.md", () => {
  it("reads the setup, the questions, their parameters and expected tables", () => {
    const book = parseCookbook(MINI);
    expect(book.setup.variables).toEqual([{ input: { factId: "entity-x" } }]);
    expect(book.setup.mutation).toMatch(/^mutation M/);
    expect(book.questions).toEqual([
      {
        title: "First question",
        cypher: "RETURN $asOf AS n,\n       'a|b' AS s",
        params: { asOf: neo4j.int(75), day: "2024-02-29" },
        paramText: ["asOf=75", "day=2024-02-29"],
        columns: ["n", "s"],
        rows: [["75", "a\\|b"]],
        answerLines: { start: 29, end: 32 },
      },
      {
        title: "Second question",
        cypher: "RETURN 1 AS one LIMIT 0",
        params: {},
        paramText: [],
        columns: ["one"],
        rows: [],
        answerLines: { start: 39, end: 41 },
      },
    ]);
    expect(MINI.split("\n").slice(39, 41)).toEqual(["| one |", "| --- |"]);
  });

  it("writes a question's answer in place of its table, aligned, and leaves the rest as it was", () => {
    const rewritten = withAnswers(
      MINI,
      new Map([["Second question", { columns: ["one"], rows: [["1"], ["22222"]] }]]),
    );
    expect(rewritten).toBe(
      MINI.replace("| one |\n| --- |\n", "| one   |\n| ----- |\n| 1     |\n| 22222 |\n"),
    );
    expect(parseCookbook(rewritten).questions[1]!.rows).toEqual([["1"], ["22222"]]);
    const unchanged = new Map(parseCookbook(readCookbook()).questions.map((q) => [q.title, q]));
    expect(withAnswers(readCookbook(), unchanged)).toBe(readCookbook());
  });

  it("splits table rows at pipes, not at escaped ones, and keeps empty cells", () => {
    expect(tableCells("| a \\| b | c |  |")).toEqual(["a \\| b", "c", ""]);
  });

  it("refuses a question without its Cypher or its answer", () => {
    expect(() => parseCookbook(MINI.replace("```cypher\nRETURN 1", "```\nRETURN 1"))).toThrow(
      /Second question" has 0 cypher blocks/,
    );
    expect(() => parseCookbook(MINI.replace("| one |\n| --- |", ""))).toThrow(/no expected answer/);
  });

  it("reads the cookbook itself: at least 15 questions, each with an answer", () => {
    const book = parseCookbook(readCookbook());
    expect(book.questions.length).toBeGreaterThanOrEqual(15);
    expect(book.setup.variables).toHaveLength(2);
    for (const question of book.questions) {
      expect(question.columns.length).toBeGreaterThan(0);
      for (const row of question.rows) expect(row).toHaveLength(question.columns.length);
    }
  });
});
