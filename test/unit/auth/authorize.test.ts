import { AuthError } from "../../../src/auth/AuthError";
import { getOperationAST, parse } from "graphql";
import { authorize, requiredRole } from "../../../src/auth/authorize";
import { ANONYMOUS, highestRole, mayActAs, type Principal } from "../../../src/auth/Principal";

const as = (role: Principal["role"]): Principal => ({ subject: `s-${role}`, role, via: "jwt" });

describe("roles", () => {
  it("are ordered: an admin may do what a writer may, a writer what a reader may", () => {
    expect(mayActAs(as("admin"), "writer")).toBe(true);
    expect(mayActAs(as("writer"), "reader")).toBe(true);
    expect(mayActAs(as("writer"), "admin")).toBe(false);
    expect(mayActAs(as("reader"), "writer")).toBe(false);
    expect(mayActAs(as(undefined), "reader")).toBe(false);
    expect(mayActAs(ANONYMOUS, "reader")).toBe(false);
  });

  it("take the highest known name of a claim and ignore unknown ones", () => {
    expect(highestRole(["reader", "admin", "writer"])).toBe("admin");
    expect(highestRole(["superuser", "reader"])).toBe("reader");
    expect(highestRole(["superuser", 42, null])).toBeUndefined();
  });
});

describe("what an operation needs", () => {
  const needs = (source: string, reads: "open" | "authenticated" = "open") => {
    const document = parse(source);
    return requiredRole(getOperationAST(document)!, document, reads);
  };

  it("a writer for a mutation; a reader for reads only when reads are authenticated", () => {
    expect(needs("mutation { registerEntity { x } }")).toBe("writer");
    expect(needs("mutation { registerEntity { x } }", "authenticated")).toBe("writer");
    expect(needs("{ logPosition }")).toBeUndefined();
    expect(needs("subscription { events { id } }")).toBeUndefined();
    expect(needs("{ logPosition }", "authenticated")).toBe("reader");
    expect(needs("subscription { events { id } }", "authenticated")).toBe("reader");
  });

  it("an admin for the API keys, however the field is reached", () => {
    expect(needs("{ apiKeys { id } }")).toBe("admin");
    expect(needs("{ logPosition ... on Query { apiKeys { id } } }")).toBe("admin");
    expect(needs("query { ...Keys } fragment Keys on Query { apiKeys { id } }")).toBe("admin");
    expect(needs("mutation { revokeApiKey(id: 1) }")).toBe("admin");
    expect(needs("mutation { a: registerEntity { x } b: createApiKey(name: 1) { token } }")).toBe(
      "admin",
    );
    expect(needs("{ viewer { subject } }")).toBeUndefined();
  });

  it("a writer for a draft (CPU work on the API's thread), however reads are set", () => {
    expect(needs('{ draftArticle(text: "t") { articleId } }')).toBe("writer");
    expect(needs('{ logPosition d: draftArticle(text: "t") { articleId } }', "authenticated")).toBe(
      "writer",
    );
    expect(needs('{ apiKeys { id } draftArticle(text: "t") { articleId } }')).toBe("admin");
  });

  it("refuses the anonymous as unauthenticated and a too small role as forbidden", () => {
    const refusal = (principal: Principal) => {
      try {
        authorize(principal, "writer", "send a token");
      } catch (error) {
        return error as AuthError;
      }
      return undefined;
    };
    expect(refusal(ANONYMOUS)).toMatchObject({
      kind: "unauthenticated",
      message: "writing needs the writer role: send a token",
    });
    expect(refusal(as("reader"))).toMatchObject({
      kind: "forbidden",
      message: "writing needs the writer role; s-reader has the reader role",
    });
    expect(refusal(as(undefined))).toMatchObject({ kind: "forbidden" });
    expect(refusal(as("writer"))).toBeUndefined();
    expect(refusal(as("admin"))).toBeUndefined();
    expect(() => authorize(ANONYMOUS, undefined, "")).not.toThrow();
  });
});
