import { readFileSync } from "node:fs";
import { parse, print } from "graphql";
import path from "node:path";
import { z } from "zod";
import { Catalogue, CatalogueError } from "../../../src/catalogue/Catalogue";
import { catalogueSdl } from "../../../src/catalogue/catalogueSdl";
import { defineCommand, type SetProjection } from "../../../src/catalogue/CommandDefinition";
import { CATALOGUE, COMMANDS } from "../../../src/catalogue/commands";
import { reference } from "../../../src/catalogue/fields";
import { FactContext } from "../../../src/catalogue/FactContext";
import { InMemoryFacts } from "../../../src/catalogue/InMemoryFacts";
import { commandResolvers } from "../../../src/graphql/resolvers/commandResolvers";
import { GENERATED_FILES } from "../../../src/codegen/generatedFiles";
import { projectRoot } from "../../../src/config/projectRoot";
import { Projector } from "../../../src/projection/Projector";
import { factEntrySchema } from "../../../src/seed/seedSchema";
import {
  catalogueWithCloseIncident,
  closeIncident,
  type IncidentClosed,
} from "../../support/closeIncidentFixture";
import { ARTICLE_ID, givenFixture, source } from "../../support/domainFixture";

describe("the catalogue", () => {
  it("declares every command once, each event with a projection and every payload", () => {
    expect(CATALOGUE.commands.map((c) => c.type)).toEqual(COMMANDS.map((c) => c.type));
    for (const event of CATALOGUE.events) {
      expect(event.description).toMatch(/\.$/);
      expect(["set", "ordered"]).toContain(event.projection.kind);
    }
    expect(CATALOGUE.setProjections.map((e) => e.type)).toEqual([
      "ArticleRegistered",
      "EntityRegistered",
      "IncidentReported",
      "IncidentUpdateRecorded",
      "StatementRecorded",
      "EntitiesLinked",
      "QuantityRecorded",
    ]);
    expect(CATALOGUE.orderedProjections.map((e) => e.type)).toEqual([
      "FactCorroborated",
      "FactCorrected",
      "FactRetracted",
      "ClaimRecorded",
      "ClaimRanked",
      "AliasAdded",
      "EntityMerged",
      "EntityUnmerged",
    ]);
  });

  it("is what schema/ says: the generated SDL is current (npm run codegen writes it)", () => {
    // The same definitions and descriptions (prettier's layout is checked by npm run lint).
    const printed = (sdl: string) => print(parse(sdl));
    const commands = GENERATED_FILES.find((f) => f.file === "schema/commands.graphql")!;
    const written = readFileSync(path.join(projectRoot(), commands.file), "utf8");
    expect(printed(written)).toEqual(printed(commands.sdl!()));
  });
});

describe("a command added to the catalogue (CloseIncident), and what follows from it", () => {
  const catalogue = catalogueWithCloseIncident();

  it("gets its mutation, input, payload and place among the ingested facts and the log's events", () => {
    const sdl = print(parse(catalogueSdl(catalogue)));
    expect(sdl).toContain("input CloseIncidentInput {");
    expect(sdl).toMatch(/closeIncident\(\n\s+"The incident, when it was closed and its source."/);
    expect(sdl).toContain("): CloseIncidentPayload!");
    expect(sdl).toMatch(/type CloseIncidentPayload \{[^}]*incident: Incident\n/);
    expect(sdl).toContain("closeIncident: CloseIncidentInput\n");
    expect(sdl).toMatch(/enum LogEventType \{[^}]*"An incident was closed."\n\s+IncidentClosed\n/);
    // ...and the service's own SDL has none of it.
    expect(catalogueSdl(CATALOGUE)).not.toContain("CloseIncident");
  });

  it("gets a resolver for its mutation and one for its payload's fact", () => {
    const resolvers = commandResolvers(catalogue) as Record<string, Record<string, unknown>>;
    expect(typeof resolvers.Mutation!.closeIncident).toBe("function");
    expect(typeof resolvers.CloseIncidentPayload!.incident).toBe("function");
    expect(commandResolvers(CATALOGUE).Mutation).not.toHaveProperty("closeIncident");
  });

  it("is written in a seed file as its input, with do: and a quote", () => {
    const entry = {
      id: "closed",
      do: "CloseIncident",
      quote: "Engineers later traced it to a cracked valve.",
      incidentId: "unity-leak",
      closedOn: "2021-07",
      resolution: "valve replaced",
    };
    expect(factEntrySchema(catalogue).safeParse(entry).success).toBe(true);
    expect(factEntrySchema(CATALOGUE).safeParse(entry).success).toBe(false);
    const problems = factEntrySchema(catalogue).safeParse({ ...entry, resolution: " " });
    expect(problems.error?.issues.map((i) => i.path.join("."))).toEqual(["resolution"]);
  });

  it("is decided and its event evolves the incident's stream", () => {
    const facts = givenFixture();
    const withClose = new InMemoryFacts(catalogue);
    for (const stream of ["article-fixture-article", "incident-unity-leak"])
      withClose.given(stream, ...facts.events(stream));
    const command = {
      type: "CloseIncident",
      incidentId: "unity-leak",
      closedOn: "2021-07",
      resolution: "  valve replaced ",
      source: source("Engineers later traced it to a cracked valve."),
    };
    const events = withClose.execute(command as never);
    expect(events).toEqual([
      {
        type: "IncidentClosed",
        data: {
          incidentId: "unity-leak",
          closedOn: { value: "2021-07", precision: "month" },
          resolution: "valve replaced",
        },
        source: { articleId: ARTICLE_ID, quote: "Engineers later traced it to a cracked valve." },
      },
    ]);
    expect(catalogue.occurredAt(events[0] as never)).toEqual({
      value: "2021-07",
      precision: "month",
    });
    expect(() => withClose.execute({ ...command, incidentId: "nowhere" } as never)).toThrow(
      /no open incident/,
    );
  });

  it("is projected after what it needs, and by a projector that lists no event", () => {
    expect(catalogue.setProjections.map((e) => e.type)).toContain("IncidentClosed");
    const order = catalogue.setProjections.map((e) => e.type);
    expect(order.indexOf("IncidentClosed")).toBeGreaterThan(order.indexOf("IncidentReported"));
    expect(() => new Projector(catalogue)).not.toThrow();
  });
});

describe("a catalogue that could only fail later is refused when built", () => {
  const event = closeIncident.events.IncidentClosed;

  it("refuses a set projection needing nodes no event creates", () => {
    const projection = event.projection as SetProjection<IncidentClosed>;
    const needsMoons = defineCommand({
      ...closeIncident,
      events: { IncidentClosed: { ...event, projection: { ...projection, needs: ["Moon"] } } },
    });
    expect(() => new Catalogue([...COMMANDS, needsMoons])).toThrow(
      new CatalogueError("IncidentClosed needs Moon nodes, which no event creates"),
    );
  });

  it("refuses a command declared twice, an event declared two ways", () => {
    expect(() => new Catalogue([...COMMANDS, closeIncident, closeIncident])).toThrow(
      /CloseIncident is declared twice/,
    );
    const reopen = defineCommand({
      ...closeIncident,
      type: "ReopenIncident",
      events: { IncidentClosed: { ...event } },
    });
    expect(() => new Catalogue([...COMMANDS, closeIncident, reopen])).toThrow(
      /IncidentClosed is declared differently/,
    );
  });

  it("refuses an event its command does not declare, when decided", () => {
    const sly = defineCommand({
      ...closeIncident,
      type: "SlyCommand",
      input: z.strictObject({ incidentId: reference("An incident.") }),
      decide: () => [{ type: "IncidentClosed", data: {} } as never],
      events: {},
    });
    const catalogue = new Catalogue([...COMMANDS, sly]);
    expect(() =>
      catalogue.decide(
        { type: "SlyCommand", incidentId: "x" } as never,
        { status: "absent" },
        new FactContext(),
      ),
    ).toThrow(/SlyCommand emitted IncidentClosed, which it does not declare/);
  });
});
