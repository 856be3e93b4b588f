import { graphql } from "../../../gql";

export const RecordsBrowserPageInfoFragment = graphql(`
  fragment RecordsBrowser_PageInfo on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

export const RecordsBrowserFacetFragment = graphql(`
  fragment RecordsBrowser_Facet on RecordFacet {
    field
    values {
      value
      count
    }
  }
`);
