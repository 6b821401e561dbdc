import { readdirSync, readFileSync } from "node:fs";
import { parseExample } from "../../../ide/parseExample";

describe("an IDE example's title, from its leading comment", () => {
  it("is the text before the first colon, even when the comment wraps onto more lines", () => {
    const example = parseExample(
      "./examples/02-incident-timeline.graphql",
      "# The incident timeline: incidents, updates and statements in world-time order, as precise as the\n# article is.\nquery IncidentTimeline { timeline { undated { id } } }\n",
    );
    expect(example).toMatchObject({
      file: "02-incident-timeline.graphql",
      title: "The incident timeline",
      description:
        "The incident timeline: incidents, updates and statements in world-time order, as precise as the article is.",
    });
    expect(example.query).toContain("query IncidentTimeline");
  });

  it("is the first sentence of a comment without a colon", () => {
    expect(parseExample("x/01-a.graphql", "# Who is aboard. And how we know.\n{ a }").title).toBe(
      "Who is aboard",
    );
    expect(parseExample("x/01-a.graphql", "#Who is aboard\n{ a }").title).toBe("Who is aboard");
  });

  it("is the file's name, without its numeric prefix, when the file has no leading comment", () => {
    const example = parseExample("./examples/03-path_crew-member.graphql", "query P { a }\n# late");
    expect(example).toMatchObject({ title: "path crew member", description: "" });
  });

  it("reads well for every example in ide/examples: short, whole words, no dangling clause", () => {
    const titles = readdirSync("ide/examples")
      .sort()
      .map((file) => parseExample(file, readFileSync(`ide/examples/${file}`, "utf8")).title);
    expect(titles).toEqual([
      "Crew by agency",
      "The incident timeline",
      "A path between two entities",
      "What was known at a date",
      "An entity with its neighbours",
      "Causes and their sources",
      "Search and history",
      "Add a source to a fact (a write)",
      "Follow the log (a subscription)",
    ]);
  });
});
