import { z } from "zod";
import { DomainError } from "../../domain/DomainError";
import { checkSource, normaliseWhitespace, type Source } from "../../domain/source";
import { COMMAND_CAPS } from "../../domain/validate";
import { factEventRow } from "../../projection/factTarget";
import { FACT_LABEL } from "../../projection/graphLabels";
import { CITE, citationOf, matchRelation } from "../../projection/graphWrites";
import { defineCommand } from "../CommandDefinition";
import type { RelationTarget } from "../facts";
import { source } from "../fields";
import { fieldOfClaim, withSource } from "../claims/claimState";
import { factId, relationTarget, requireCurrentFact } from "./currentFact";
import { LABEL } from "../../graph/graphLabels";
import { TYPE } from "../../graph/relationshipTypes";

/** Another source says the same fact. */
export interface FactCorroborated {
  type: "FactCorroborated";
  data: {
    factId: string;
    relation?: RelationTarget | undefined;
    /** The claim of the fact it corroborates (occurredAt-2), when it says one value of a field. */
    claimId?: string | undefined;
  };
  source: Source;
}

const grow = (x: string) =>
  `SET ${x}.sources = ${x}.sources + e.articleId, ${x}.quotes = ${x}.quotes + e.quote,
       ${x}.quotesText = ${x}.quotesText + ' | ' + e.quote, ${x}.eventIds = ${x}.eventIds + e.eventId`;

/** Adds a source to a fact: another article, or another sentence, that states it. */
export const corroborateFact = defineCommand({
  type: "CorroborateFact",
  summary: "Adds a source to a fact",
  description: "Adds a source to a fact: another article, or another sentence, that states it.",
  inputDescription: "The fact and its new source.",
  input: z.strictObject({
    factId,
    claimId: z.string().optional().meta({
      graphql: "String",
      description:
        "One of the fact's claims (occurredAt-2, as its claims list them): the source says that value of\nthe field, not the whole fact.",
    }),
    source: source(
      "Another source stating the fact: not a quote it already cites. A fact cites at most 100.",
    ),
  }),
  stream: (command) => command.factId,
  references: () => [],
  decide(command, state, ctx): FactCorroborated[] {
    const fact = requireCurrentFact(command.factId, state);
    if (fact.sources.length >= COMMAND_CAPS.sourcesPerFact) {
      throw new DomainError(
        "illegal_state",
        `"${command.factId}" already cites ${fact.sources.length} sources, the most a fact may`,
        "factId",
      );
    }
    checkSource(command.source, ctx.articles.get(command.source.articleId));
    const quote = normaliseWhitespace(command.source.quote);
    const claim =
      command.claimId === undefined
        ? undefined
        : fact.claims?.[fieldOfClaim(command.claimId)]?.find((c) => c.claimId === command.claimId);
    if (command.claimId !== undefined && !claim) {
      throw new DomainError(
        "not_found",
        `"${command.factId}" has no claim ${command.claimId}`,
        "claimId",
      );
    }
    if (
      (claim?.sources ?? fact.sources).some(
        (s) => s.articleId === command.source.articleId && normaliseWhitespace(s.quote) === quote,
      )
    ) {
      throw new DomainError(
        "already_exists",
        `"${command.factId}" already cites this quote`,
        "source.quote",
      );
    }
    return [
      {
        type: "FactCorroborated",
        data: {
          factId: command.factId,
          ...relationTarget(fact),
          ...(command.claimId !== undefined ? { claimId: command.claimId } : {}),
        },
        source: command.source,
      },
    ];
  },
  events: {
    FactCorroborated: {
      type: "FactCorroborated",
      description: "Another source was found for a fact.",
      // 2: data.relation names a relation fact's type and ends.
      schemaVersion: 2,
      evolve: (state, event) => {
        if (state.status === "absent") return state;
        const { claimId } = event.data;
        if (claimId === undefined) return { ...state, sources: [...state.sources, event.source] };
        const field = fieldOfClaim(claimId);
        const claims = withSource(state.claims?.[field] ?? [], claimId, event.source);
        return { ...state, claims: { ...state.claims, [field]: claims } };
      },
      // Its sources, quotes and events grow; a node cites the new article too.
      projection: {
        kind: "ordered",
        row: ({ record, event }) => {
          const { row } = factEventRow(record, event.data);
          return {
            ...row,
            claimId: event.data.claimId ?? null,
            articleId: record.source?.articleId ?? null,
            quote: record.source?.quote ?? null,
            citation: citationOf(row.id, record),
          };
        },
        cypher: `
    CALL (e) {
      WITH e WHERE e.relation IS NULL AND e.claimId IS NULL
      MATCH (n:${FACT_LABEL} {id: e.id})
      WITH e, n WHERE NOT e.eventId IN n.eventIds
      ${grow("n")}
      WITH n, e.citation AS c
      ${CITE}
    }
    CALL (e) {
      WITH e WHERE e.relation IS NOT NULL AND e.claimId IS NULL
      ${matchRelation("e")}
      WITH e, r WHERE NOT e.eventId IN r.eventIds
      ${grow("r")}
    }
    CALL (e) {
      WITH e WHERE e.claimId IS NOT NULL
      MATCH (c:${LABEL.Claim} {id: e.id + '#' + e.claimId})
      WITH e, c WHERE NOT e.eventId IN c.eventIds
      ${grow("c")}
      WITH c, e.citation AS c2
      MATCH (article:${LABEL.Article} {id: c2.articleId})
      CREATE (c)-[cites:${TYPE.CITES} {eventId: c2.eventId}]->(article)
      SET cites.quote = c2.quote, cites.knownSince = c2.position
    }`,
      },
    },
  },
  payload: { type: "FactPayload" },
});
