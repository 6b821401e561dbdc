import { z } from "zod";

/**
 * The shape of an article folder under seed/articles/<id>/: article.yaml (metadata),
 * article.txt (the text, byte for byte) and facts.yaml (one command per entry, with its quote).
 * Shapes only; what the facts mean is checked by the domain when they are executed.
 */

export const articleMetaSchema = z.strictObject({
  articleId: z.string(),
  title: z.string(),
  publisher: z.string(),
  publishedOn: z.string(),
  url: z.string().optional(),
  dateline: z.string().optional(),
  textFile: z.string().default("article.txt"),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

const ids = z.array(z.string()).optional();

/** Every entry: a stable id (its command id within the article), the quote, and how sure it is. */
const fact = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "entry ids are lower-case slugs"),
  quote: z.string(),
  certainty: z.enum(["asserted", "inferred"]).optional(),
  note: z.string().optional(),
};

export const factEntrySchema = z.discriminatedUnion("do", [
  z.strictObject({
    ...fact,
    do: z.literal("RegisterEntity"),
    entityId: z.string(),
    kind: z.string(),
    name: z.string(),
    aliases: z.array(z.string()).optional(),
    description: z.string().optional(),
  }),
  z.strictObject({
    ...fact,
    do: z.literal("LinkEntities"),
    relationId: z.string().optional(),
    relation: z.string(),
    from: z.string(),
    to: z.string(),
    validFrom: z.string().optional(),
    validTo: z.string().optional(),
    role: z.string().optional(),
  }),
  z.strictObject({
    ...fact,
    do: z.literal("ReportIncident"),
    incidentId: z.string(),
    kind: z.string(),
    title: z.string(),
    description: z.string().optional(),
    occurredAt: z.string(),
    affected: ids,
    reportedBy: ids,
  }),
  z.strictObject({
    ...fact,
    do: z.literal("RecordIncidentUpdate"),
    incidentId: z.string(),
    updateId: z.string(),
    kind: z.string(),
    description: z.string(),
    occurredAt: z.string().optional(),
    cause: z.string().optional(),
    ruledOut: z.string().optional(),
    likelihood: z.string().optional(),
    reportedBy: ids,
  }),
  z.strictObject({
    ...fact,
    do: z.literal("RecordStatement"),
    statementId: z.string(),
    kind: z.string(),
    text: z.string(),
    speakers: ids,
    speakerDescription: z.string().optional(),
    occurredAt: z.string().optional(),
    about: ids,
    carriedBy: ids,
  }),
  z.strictObject({ ...fact, do: z.literal("CorroborateFact"), factId: z.string() }),
  z.strictObject({
    ...fact,
    do: z.literal("RetractFact"),
    factId: z.string(),
    reason: z.string(),
  }),
]);
export type FactEntry = z.infer<typeof factEntrySchema>;

export const factsFileSchema = z.array(factEntrySchema);
