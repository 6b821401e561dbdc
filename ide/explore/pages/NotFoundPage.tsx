import { Link } from "react-router";
import { usePageTitle } from "../lib/usePageTitle";

export function NotFoundPage() {
  usePageTitle("Not found");
  return (
    <article className="page">
      <h1>No such page</h1>
      <p>
        The explorer has entity, incident, statement, article, timeline and graph pages.{" "}
        <Link to="/">Start here</Link>, or search with <kbd>/</kbd>.
      </p>
    </article>
  );
}
