import { projectionFingerprint } from "../../src/projection/projectionFingerprint";
import {
  CorrectFactDocument,
  IngestArticleDocument,
  LinkEntitiesDocument,
  RegisterEntityDocument,
} from "../generated/graphql";
import { apSource } from "../support/apArticle";
import { storedHead } from "../support/storedLog";
import { serverForTests } from "../support/testServer";

describe("the GraphQL API over HTTP: errors", () => {
  const api = serverForTests();

  describe("errors: a code, the offending field, and nothing written", () => {
    async function unchanged<T>(run: () => Promise<T>): Promise<T> {
      const { driver } = api.server.database;
      const before = await projectionFingerprint(driver, "neo4j");
      const head = await storedHead(driver);
      const result = await run();
      expect(await projectionFingerprint(driver, "neo4j")).toEqual(before);
      expect(await storedHead(driver)).toBe(head);
      return result;
    }

    it("BAD_USER_INPUT naming the field, for a quote not in the article", async () => {
      const { errors, data } = await unchanged(() =>
        api.request(RegisterEntityDocument, {
          input: {
            entityId: "e2e-bad",
            kind: "Person",
            name: "X",
            source: apSource("not in the article"),
          },
        }),
      );
      expect(data).toBeNull();
      expect(errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.source.quote",
      });
      expect(errors![0]!.extensions).not.toHaveProperty("stacktrace");
    });

    it("BAD_USER_INPUT for a relation between the wrong kinds, and for an interval that ends before it starts", async () => {
      const wrongKinds = await unchanged(() =>
        api.request(LinkEntitiesDocument, {
          input: { relation: "DOCKED_AT", from: "nasa", to: "iss", source: apSource("NASA") },
        }),
      );
      expect(wrongKinds.errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.relation",
      });
      const interval = await unchanged(() =>
        api.request(LinkEntitiesDocument, {
          input: {
            relation: "DOCKED_AT",
            from: "soyuz-capsule",
            to: "iss",
            validFrom: "2023",
            validTo: "2022-12",
            source: apSource("Soyuz"),
          },
        }),
      );
      expect(interval.errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.validTo",
      });
    });

    it("NOT_FOUND for an unknown entity", async () => {
      const { errors } = await unchanged(() =>
        api.request(LinkEntitiesDocument, {
          input: { relation: "MEMBER_OF", from: "nobody", to: "nasa", source: apSource("NASA") },
        }),
      );
      expect(errors![0]!.extensions).toMatchObject({ code: "NOT_FOUND", field: "input.from" });
    });

    it("CONFLICT with the current revision for a stale expected revision", async () => {
      const { errors } = await unchanged(() =>
        api.request(CorrectFactDocument, {
          input: {
            factId: "entity-zvezda",
            changes: { name: "Zvezda (Service Module)" },
            reason: "r",
            source: apSource("Zvezda"),
          },
          expectedRevision: 7,
        }),
      );
      // Registered by the AP article, its alias added by NASA's post of 2020-08-20, cited by
      // the posts of 2020-08-25 and 2020-09-29.
      expect(errors![0]!.extensions).toMatchObject({
        code: "CONFLICT",
        field: "expectedRevision",
        currentRevision: 4,
      });
    });

    it("BAD_USER_INPUT for a fact of an ingestion that is not valid, and none of its facts written", async () => {
      const { errors } = await unchanged(() =>
        api.request(IngestArticleDocument, {
          input: {
            article: {
              articleId: "e2e-bad-article",
              title: "T",
              publisher: "P",
              publishedOn: "2024-03-01",
              text: "Text.",
            },
            facts: [
              {
                factId: "ok",
                registerEntity: {
                  entityId: "e2e-ok",
                  kind: "Place",
                  name: "Ok",
                  source: { articleId: "e2e-bad-article", quote: "Text" },
                },
              },
              {
                factId: "two",
                registerEntity: {
                  entityId: "e2e-x",
                  kind: "Place",
                  name: "X",
                  source: { articleId: "e2e-bad-article", quote: "Text" },
                },
                corroborateFact: {
                  factId: "entity-nasa",
                  source: { articleId: "e2e-bad-article", quote: "Text" },
                },
              },
            ],
          },
        }),
      );
      expect(errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.facts[1]",
      });
    });

    it("a GraphQL validation error for a wrong enum value, with status 400", async () => {
      const response = await fetch(api.server.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json",
        },
        body: JSON.stringify({ query: "{ incidents(where: { kind: { eq: EXPLOSION } }) { id } }" }),
      });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/graphql-response+json");
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    });
  });
});
