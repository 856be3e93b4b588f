import { useQuery } from "urql";
import { graphql } from "../../../gql/editor";
import type { EditorSession_ViewerQuery } from "../../../gql/editor/graphql";

const ViewerQuery = graphql(`
  query EditorSession_Viewer {
    viewer {
      via
      scopes
      account {
        id
        email
        role
        mustChangePassword
      }
    }
  }
`);

export type ViewerAccount = NonNullable<EditorSession_ViewerQuery["viewer"]>["account"];

// Who is signed in, asked of the server each time an editor page opens (the session may have ended meanwhile).
export function useViewer() {
  const [result, refetch] = useQuery({ query: ViewerQuery, requestPolicy: "network-only" });
  return {
    viewer: result.data?.viewer ?? null,
    fetching: result.fetching || (!result.data && !result.error),
    error: result.error,
    refetch: () => refetch({ requestPolicy: "network-only" }),
  };
}
