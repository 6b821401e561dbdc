// graphql-relay is what @neo4j/graphql issues its cursors with (a dependency of the library, not
// of this project): if the library changes its format, this test says so first.
import { offsetToCursor } from "graphql-relay";
import { cursorOfOffset, isIssuedCursor } from "../../src/graphql/connectionCursor";

describe("the cursors of @neo4j/graphql's connections", () => {
  it("are graphql-relay's array cursors", () => {
    for (const offset of [0, 1, 9, 10, 99, 1000, 123456789])
      expect(cursorOfOffset(offset)).toBe(offsetToCursor(offset));
  });

  it("are recognised as issued, and nothing else is", () => {
    for (const offset of [0, 1, 2, 17, 1000, 999_999_999_999_999])
      expect(isIssuedCursor(offsetToCursor(offset))).toBe(true);
    const notIssued = [
      "",
      "garbage",
      "arrayconnection:1",
      offsetToCursor(-1),
      offsetToCursor(1.5),
      Buffer.from("arrayconnection:01").toString("base64"),
      Buffer.from("arrayconnection:1 ").toString("base64"),
      Buffer.from("arrayconnection:").toString("base64"),
      Buffer.from("otherconnection:1").toString("base64"),
      offsetToCursor(1).replace(/=+$/, ""),
      `${offsetToCursor(1)}x`,
      `!${offsetToCursor(1)}`,
    ];
    for (const value of notIssued)
      expect({ value, issued: isIssuedCursor(value) }).toEqual({
        value,
        issued: false,
      });
  });
});
