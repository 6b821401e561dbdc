import { useEffect } from "react";
import { Route, Routes, useLocation } from "react-router";
import { Layout } from "./components/Layout";
import { ArticlePage } from "./pages/ArticlePage";
import { DraftPage } from "./pages/DraftPage";
import { EntityPage } from "./pages/EntityPage";
import { GraphPage } from "./pages/GraphPage";
import { HomePage } from "./pages/HomePage";
import { IncidentPage } from "./pages/IncidentPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { StatementPage } from "./pages/StatementPage";
import { TimelinePage } from "./pages/TimelinePage";

/** A new page starts at its top, unless its URL names a place in it (#update-..., ?quote=...). */
function ScrollToTop() {
  const { pathname, hash } = useLocation();
  useEffect(() => {
    if (!hash) window.scrollTo(0, 0);
  }, [pathname, hash]);
  return null;
}

/** The explorer's pages, under /explore (the router's basename). */
export function App() {
  return (
    <Layout>
      <ScrollToTop />
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/entity/:id" element={<EntityPage />} />
        <Route path="/incident/:id" element={<IncidentPage />} />
        <Route path="/statement/:id" element={<StatementPage />} />
        <Route path="/article/:id" element={<ArticlePage />} />
        <Route path="/timeline" element={<TimelinePage />} />
        <Route path="/graph/:id" element={<GraphPage />} />
        <Route path="/draft" element={<DraftPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
