import { Link } from "../../../app/router";
import type { TablePage } from "../tables/types";
import { pageAfter, pageBefore, type TableState } from "../utils/tableState";

// Previous and next by keyset cursor: a page never repeats or skips a row, even when rows are added meanwhile.
export function Pager({
  pageInfo,
  state,
  href,
  noun,
}: {
  pageInfo: TablePage<unknown>["pageInfo"];
  state: TableState;
  href: (state: TableState) => string;
  noun: string;
}) {
  if (!pageInfo.hasPreviousPage && !pageInfo.hasNextPage) return null;
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      {pageInfo.hasPreviousPage && pageInfo.startCursor ? (
        <Link to={href(pageBefore(state, pageInfo.startCursor))} className="button" rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      {pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Link to={href(pageAfter(state, pageInfo.endCursor))} className="button" rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
