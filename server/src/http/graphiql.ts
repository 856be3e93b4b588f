import path from "node:path";
import express, { type Router } from "express";
import { explorerPolicy } from "./security-headers";

/**
 * A GraphiQL explorer at /graphql for people with a browser, served from node_modules (GraphiQL 3's UMD build and
 * React 18's): nothing loads from a CDN, so it works offline and behind firewalls. Saved example queries open as
 * tabs the first time; GraphiQL keeps the user's own tabs after that.
 */
export const GRAPHIQL_ASSETS_PATH = "/graphiql-assets";

const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

const ASSETS: Record<string, string> = {
  "graphiql.min.js": path.join(packageDir("graphiql"), "graphiql.min.js"),
  "graphiql.min.css": path.join(packageDir("graphiql"), "graphiql.min.css"),
  "react.production.min.js": path.join(packageDir("react"), "umd", "react.production.min.js"),
  "react-dom.production.min.js": path.join(packageDir("react-dom"), "umd", "react-dom.production.min.js"),
};

export const EXAMPLE_QUERIES: { title: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    title: "Subpoenas by jurisdiction, 2020",
    query: `# How many subpoenas were served in each jurisdiction in 2020?
# subpoenas sums the known counts; unknownCountBatches says how many batches had no reported count.
query CountsByJurisdiction {
  subpoenaCounts(filter: { issuedFrom: "2020", issuedTo: "2020" }, groupBy: [JURISDICTION]) {
    buckets {
      jurisdiction { slug name state }
      subpoenas
      batches
      unknownCountBatches
    }
    total { subpoenas batches unknownCountBatches }
  }
}`,
  },
  {
    title: "Monthly series for a state",
    query: `# A monthly series for Oregon (its counties and cities included), with empty months as zeros.
# A batch dated only by year would appear in a bucket "2020" of its own.
query MonthlySeries($jurisdictions: [String!]) {
  subpoenaCounts(
    filter: { jurisdictions: $jurisdictions, issuedFrom: "2020-01", issuedTo: "2020-06" }
    groupBy: [PERIOD]
    interval: MONTH
    fillEmptyPeriods: true
  ) {
    buckets { period periodStart subpoenas batches unknownCountBatches }
    total { subpoenas }
  }
}`,
    variables: { jurisdictions: ["oregon"] },
  },
  {
    title: "Outcomes",
    query: `# Where do the subpoenas stand? Outcomes are derived from each batch's events (docs/outcomes.md);
# the buckets add up to the total.
query Outcomes {
  subpoenaCounts(groupBy: [OUTCOME]) {
    buckets { outcome subpoenas batches }
    total { subpoenas batches }
  }
}`,
  },
  {
    title: "Batches with their history",
    query: `# Batches, newest first, with agencies, outcome breakdown, events and sources.
# Page on with after: pageInfo.endCursor.
query BatchesPage($after: String) {
  batches(first: 10, after: $after, orderBy: ISSUED_ON_DESC) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      issuedOn
      issuedPrecision
      jurisdiction { name }
      agencies { name kind }
      subpoenaCount
      countPrecision
      outcomes { outcome subpoenas }
      events { date status agency { name } courtCase { caption } sources { publisher url } }
      sources { publisher title url reliability }
    }
  }
}`,
  },
  {
    title: "A jurisdiction's story",
    query: `# Everything about one jurisdiction: where it lies, the policies that apply, and its timeline.
query JurisdictionPage($slug: ID!) {
  jurisdiction(slug: $slug) {
    name
    ancestors { name }
    applicablePolicies { name citation enactedOn }
  }
  timeline(filter: { jurisdictions: [$slug] }) {
    date
    status
    agency { name }
    batch { id subpoenaCount }
    sources { publisher url }
  }
}`,
    variables: { slug: "denver-co" },
  },
  {
    title: "Dataset and citation",
    query: `# Which version of the data am I looking at, and how do I cite it?
query Dataset {
  dataset {
    title
    version
    updatedAt
    coverageFrom
    coverageTo
    counts { subpoenas batches unknownCountBatches sources }
    licenses { name url }
    citation
  }
}`,
  },
];

/** The one inline script: allowed by its hash in the explorer's Content-Security-Policy, nothing else inline runs. */
const START_SCRIPT = `
    const config = JSON.parse(document.getElementById("graphiql-config").textContent);
    const fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", location.href).toString() });
    ReactDOM.createRoot(document.getElementById("graphiql")).render(
      React.createElement(GraphiQL, { fetcher, defaultTabs: config.tabs, defaultEditorToolsVisibility: true }),
    );
  `;

function page(): string {
  const tabs = EXAMPLE_QUERIES.map((e) => ({
    query: e.query,
    variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
  }));
  // JSON in a script element: "<" is escaped so no query text can close the element.
  const config = JSON.stringify({ tabs }).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Subpoena Tracker API explorer</title>
  <link rel="stylesheet" href="${GRAPHIQL_ASSETS_PATH}/graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the GraphQL explorer…</div>
  <script src="${GRAPHIQL_ASSETS_PATH}/react.production.min.js"></script>
  <script src="${GRAPHIQL_ASSETS_PATH}/react-dom.production.min.js"></script>
  <script src="${GRAPHIQL_ASSETS_PATH}/graphiql.min.js"></script>
  <script id="graphiql-config" type="application/json">${config}</script>
  <script>${START_SCRIPT}</script>
</body>
</html>`;
}

export function createGraphiqlRouter(): Router {
  const router = express.Router();
  const html = page();
  router.get(`${GRAPHIQL_ASSETS_PATH}/:file`, (req, res, next) => {
    // Own properties only: /graphiql-assets/constructor is not a file.
    if (!Object.hasOwn(ASSETS, req.params.file)) return next();
    const file = ASSETS[req.params.file];
    // pnpm keeps packages under node_modules/.pnpm: a "dotfile" path to send, which it refuses by default.
    res.sendFile(file, { maxAge: "1d", dotfiles: "allow" });
  });
  // A browser asking for /graphql gets the explorer; API clients (Accept: application/json, or a query) go on to
  // the GraphQL endpoint.
  router.get("/graphql", (req, res, next) => {
    if (req.query.query !== undefined || req.accepts(["application/json", "text/html"]) !== "text/html") {
      return next();
    }
    explorerPolicy(res, START_SCRIPT);
    res.type("html").setHeader("Cache-Control", "no-cache").send(html);
  });
  return router;
}
