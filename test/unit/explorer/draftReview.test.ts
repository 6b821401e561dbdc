import {
  acceptAll,
  decide,
  editField,
  editedCount,
  ingestionInput,
  proposalsBySentence,
  resolveAsKnown,
  resolveAsNew,
  startReview,
  type Draft,
} from "../../../ide/explore/lib/draftReview";

const TEXT =
  "Previous checks were in the U.S. segment. NASA astronaut Kate Rubins measured 3 points.";
const source = (quote: string) => ({ articleId: "a-draft", quote });

function proposal(factId: string, command: string, quote: string, entry: object) {
  const start = TEXT.indexOf(quote);
  return {
    factId,
    command,
    quote,
    start,
    end: start + quote.length,
    certainty: "asserted" as const,
    note: null,
    reason: "a pattern",
    entry: JSON.stringify({ factId, ...entry }),
  };
}

const DRAFT: Draft = {
  articleId: "a-draft",
  sentences: [
    { start: 0, end: 41, text: TEXT.slice(0, 41) },
    { start: 42, end: TEXT.length, text: TEXT.slice(42) },
  ],
  candidates: [
    {
      entityId: "u-s-segment",
      kind: "Segment",
      name: "U.S. segment",
      possibleDuplicates: [
        { entityId: "us-segment", kind: "Segment", name: "US segment", matched: "US segment" },
      ],
    },
  ],
  proposals: [
    proposal("u-s-segment", "RegisterEntity", "U.S. segment", {
      registerEntity: {
        entityId: "u-s-segment",
        kind: "Segment",
        name: "U.S. segment",
        source: source("U.S. segment"),
      },
    }),
    proposal("rubins-in-segment", "LinkEntities", "Kate Rubins", {
      linkEntities: {
        relationId: "rubins-in-segment",
        relation: "CREW_OF",
        from: "kate-rubins",
        to: "u-s-segment",
        source: source("Kate Rubins"),
      },
    }),
    proposal("points", "RecordQuantity", "3 points", {
      recordQuantity: {
        quantityId: "points",
        of: "u-s-segment",
        value: 3,
        unit: "1",
        source: source("3 points"),
      },
    }),
  ],
};

describe("the review of a draft (the draft page)", () => {
  it("sends only the accepted entries, each as the draft proposed it unless edited", () => {
    let review = startReview(DRAFT);
    review = decide(review, "points", "rejected");
    review = acceptAll(review);
    const input = ingestionInput(review, {
      title: "A title",
      publisher: "NASA",
      publishedOn: "2020-10-22",
      text: TEXT,
    });
    expect(input.article).toEqual({
      articleId: "a-draft",
      title: "A title",
      publisher: "NASA",
      publishedOn: "2020-10-22",
      text: TEXT,
    });
    expect(input.facts.map((f) => f.factId)).toEqual(["u-s-segment", "rubins-in-segment"]);
    expect(input.facts[1]).toEqual(JSON.parse(DRAFT.proposals[1]!.entry));
    expect(editedCount(review)).toBe(0);
  });

  it("edits a field in place, keeping a number a number, and counts the edit", () => {
    let review = startReview(DRAFT);
    review = editField(review, "points", "value", "4");
    review = editField(review, "rubins-in-segment", "from", "kathleen-rubins");
    const [, link, points] = review.proposals;
    expect(points!.entry.recordQuantity).toMatchObject({ value: 4 });
    expect(link!.entry.linkEntities).toMatchObject({ from: "kathleen-rubins" });
    expect([link!.decision, points!.decision]).toEqual(["accepted", "accepted"]);
    expect(editedCount(review)).toBe(2);
  });

  it("uses the known entity for a duplicate: the registration corroborates it, the others name it", () => {
    const review = resolveAsKnown(startReview(DRAFT), "u-s-segment", "us-segment");
    const [registration, link, points] = review.proposals;
    expect(registration).toMatchObject({ command: "CorroborateFact", decision: "accepted" });
    expect(registration!.entry).toEqual({
      factId: "u-s-segment",
      corroborateFact: { factId: "us-segment", source: source("U.S. segment") },
    });
    expect(link!.entry.linkEntities).toMatchObject({ to: "us-segment" });
    expect(points!.entry.recordQuantity).toMatchObject({ of: "us-segment" });
    expect(review.resolved).toEqual({ "u-s-segment": "us-segment" });
  });

  it("keeps a duplicate new: registered as distinct from the known entities", () => {
    const review = resolveAsNew(startReview(DRAFT), "u-s-segment", ["us-segment"]);
    expect(review.proposals[0]!.entry.registerEntity).toMatchObject({
      entityId: "u-s-segment",
      distinctFrom: ["us-segment"],
    });
    expect(review.proposals[1]!.entry.linkEntities).toMatchObject({ to: "u-s-segment" });
    expect(review.resolved).toEqual({ "u-s-segment": "new" });
  });

  it("groups the proposals by the sentence their quote starts in", () => {
    const groups = proposalsBySentence(DRAFT.sentences, startReview(DRAFT).proposals);
    expect(groups.map((g) => g.map((p) => p.factId))).toEqual([
      ["u-s-segment"],
      ["rubins-in-segment", "points"],
    ]);
  });
});
