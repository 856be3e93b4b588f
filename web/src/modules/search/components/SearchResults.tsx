import { useQuery } from "urql";
import { Link, useLocation } from "../../../app/router";
import { paths } from "../../../app/routes";
import { useDocumentTitle } from "../../../app/hooks/useDocumentTitle";
import { graphql } from "../../../gql";
import type { SearchResults_SearchQuery } from "../../../gql/graphql";
import { PageHeader } from "../../../ui/Layout";
import { EmptyState, ErrorState, Skeleton } from "../../../ui/status";
import { eventStatusLabel } from "../../batches/utils/format";
import { SearchBox } from "./SearchBox";
import "../search.css";

const SearchResultsQuery = graphql(`
  query SearchResults_Search($query: String!, $after: String) {
    search(query: $query, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        kind
        id
        snippet {
          text
          match
        }
        batch {
          id
          issuedOnLabel
          countLabel
          jurisdiction {
            name
          }
        }
        event {
          id
          dateLabel
          status
        }
        source {
          id
          title
          publisher
        }
        courtCase {
          slug
          caption
        }
        policy {
          slug
          name
          jurisdiction {
            slug
            name
          }
        }
        jurisdiction {
          slug
          name
        }
      }
    }
  }
`);

type Hit = SearchResults_SearchQuery["search"]["nodes"][number];

/** What a hit is called, where it leads, and what kind of record it is, for each kind. */
export function describeHit(hit: Hit): { kind: string; title: string; to: string } | null {
  const { batch, event, source, courtCase, policy, jurisdiction } = hit;
  switch (hit.kind) {
    case "BATCH":
      return batch
        ? { kind: "Batch", title: `${batch.jurisdiction.name}, ${batch.issuedOnLabel}`, to: paths.batch(batch.id) }
        : null;
    case "EVENT":
      return event && batch
        ? {
            kind: "Step in a batch's history",
            title: `${eventStatusLabel(event.status)}, ${event.dateLabel} (${batch.jurisdiction.name}, ${batch.issuedOnLabel})`,
            to: `${paths.batch(batch.id)}#timeline`,
          }
        : null;
    case "SOURCE":
      return source
        ? { kind: `Source · ${source.publisher}`, title: source.title ?? source.publisher, to: paths.source(source.id) }
        : null;
    case "COURT_CASE":
      return courtCase ? { kind: "Court case", title: courtCase.caption, to: paths.courtCase(courtCase.slug) } : null;
    case "POLICY":
      return policy
        ? {
            kind: `Sanctuary policy · ${policy.jurisdiction.name}`,
            title: policy.name,
            to: `${paths.jurisdiction(policy.jurisdiction.slug)}#policy`,
          }
        : null;
    case "JURISDICTION":
      return jurisdiction
        ? { kind: "Jurisdiction", title: jurisdiction.name, to: paths.jurisdiction(jurisdiction.slug) }
        : null;
  }
}

// Matched words come marked by the server as separate parts; they are shown as text in <mark>, never as markup.
function Snippet({ parts }: { parts: Hit["snippet"] }) {
  if (parts.length === 0) return null;
  return (
    <p className="search-hit__snippet">
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}

export function SearchResults() {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const query = (params.get("q") ?? "").trim();
  const after = params.get("after");
  const [result, reexecute] = useQuery({
    query: SearchResultsQuery,
    variables: { query, after },
    pause: query === "",
  });
  useDocumentTitle(query ? `Search: ${query}` : "Search");
  const data = result.data?.search;
  return (
    <div data-testid="search-results">
      <PageHeader
        title={query ? `Search: “${query}”` : "Search"}
        dek="Batches, steps of their histories, sources and their quoted passages, court cases, policies and places."
      />
      <SearchBox large />
      {query === "" ? (
        <p>Type a word or a phrase: a place, an agency, a court, a publisher, words from a quoted passage.</p>
      ) : result.error && !data ? (
        <ErrorState
          title="The search could not be run."
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      ) : !data ? (
        <Skeleton height={300} label="Searching" />
      ) : data.totalCount === 0 ? (
        <EmptyState>
          Nothing matches “{query}”. Try fewer words, or another spelling; or{" "}
          <Link to={paths.records("batches")}>browse the records</Link>.
        </EmptyState>
      ) : (
        <>
          <h2 aria-live="polite" className="search-count">
            {data.totalCount} {data.totalCount === 1 ? "record matches" : "records match"}
            {after ? " (later results)" : ""}
          </h2>
          <ol className="search-results">
            {data.nodes.map((hit) => {
              const described = describeHit(hit);
              if (!described) return null;
              return (
                <li key={`${hit.kind}:${hit.id}`} data-kind={hit.kind} data-id={hit.id}>
                  <p className="search-hit__kind">{described.kind}</p>
                  <h3 className="search-hit__title">
                    <Link to={described.to}>{described.title}</Link>
                  </h3>
                  <Snippet parts={hit.snippet} />
                </li>
              );
            })}
          </ol>
          <nav className="pager" aria-label="Pages of results">
            {after ? (
              <Link to={paths.search(query)} className="button">
                ← First results
              </Link>
            ) : (
              <span />
            )}
            {data.pageInfo.hasNextPage && data.pageInfo.endCursor ? (
              <Link to={paths.search(query, data.pageInfo.endCursor)} className="button" rel="next">
                More results →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        </>
      )}
    </div>
  );
}
