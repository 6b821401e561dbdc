import type { ReactNode } from "react";
import { Link, NavLink } from "react-router";
import { LiveStatus } from "./LiveStatus";
import { SearchBox } from "./SearchBox";

/** Every page's frame: a skip link, the header (home, search, the other views, live status), main. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand">
          ISS knowledge graph
        </Link>
        <SearchBox />
        <nav aria-label="Views">
          <NavLink to="/timeline">Timeline</NavLink>
          <NavLink to="/graph/iss">Graph</NavLink>
          <NavLink to="/draft">Draft</NavLink>
          <a href="/graphql">GraphiQL</a>
        </nav>
        <LiveStatus />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
