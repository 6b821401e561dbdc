import express, { type Request, type Router } from "express";
import expressStaticGzip from "express-static-gzip";
import type { IdeAssets } from "./ideAssets";

/** A browser navigating to /graphql (not a GraphQL request sent by GET). */
function wantsIde(request: Request): boolean {
  return (
    request.method === "GET" &&
    request.accepts(["text/html", "application/json"]) === "text/html" &&
    !request.query.query
  );
}

const NOT_BUILT = "The IDE and the explorer are not built: run npm run build:ide (npm start does).";

/**
 * The pages for browsers, built by Vite into dist/ide: their assets at /graphql/ide/ (hashed
 * names: cached for a year, immutable; sent precompressed, brotli or gzip as the browser takes
 * them, so no request costs compression work), GraphiQL at GET /graphql, the explorer at
 * /explore and every route under it (its router reads the path). The pages themselves are never
 * cached: a rebuild's new asset names reach the next load. /favicon.ico is their icon (an SVG,
 * which browsers take whatever the name) for whatever else the browser shows from this origin.
 */
export function browserPages(assets: IdeAssets): Router {
  const router = express.Router();
  router.use(
    "/graphql/ide",
    expressStaticGzip(assets.dir, {
      enableBrotli: true,
      orderPreference: ["br", "gzip"],
      index: false,
      serveStatic: { immutable: true, maxAge: "1y", index: false },
    }),
  );
  const page = (file: string) => (_req: Request, res: express.Response) => {
    if (!assets.built) {
      res.status(503).type("text/plain").send(NOT_BUILT);
      return;
    }
    res.sendFile(file, { headers: { "Cache-Control": "no-cache" } });
  };
  router.get("/graphql", (req, res, next) => {
    if (!wantsIde(req)) return next();
    page(assets.indexHtml)(req, res);
  });
  router.get(["/explore", "/explore/{*route}"], page(assets.exploreHtml));
  router.get("/favicon.ico", (_req, res, next) => {
    if (!assets.built) return next();
    // A day: the name stays when the icon changes (the pages link a hashed copy).
    res.sendFile(assets.favicon, {
      headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" },
    });
  });
  return router;
}
