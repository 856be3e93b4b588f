import { useMemo } from "react";
import { Provider, useQuery } from "urql";
import { RoutePage } from "../../../app/App";
import { Link } from "../../../app/router";
import { matchRoute, paths } from "../../../app/routes";
import { createUrqlClient } from "../../../app/urqlClient";
import { graphql } from "../../../gql/editor";
import { recordNoun, recordPath } from "../../changes/utils/recordLinks";

const PreviewChangesetQuery = graphql(`
  query PreviewFrame_Changeset($id: ID!) {
    changeset(id: $id) {
      id
      note
      status
      changes {
        id
        recordType
        recordId
        action
        values {
          field
          value
        }
      }
    }
  }
`);

/** The header the server reads to answer with the draft applied, in a transaction it rolls back (staff only). */
const PREVIEW_HEADER = "x-preview-changeset";

interface PreviewLink {
  label: string;
  page: string;
}

// The public pages as they will read once the draft is published: the same components, asking the server through a
// client of their own that names the draft on every request, so nothing of the preview is cached with the rest.
export function PreviewFrame({ id, page }: { id: string; page: string }) {
  const [result] = useQuery({ query: PreviewChangesetQuery, variables: { id } });
  const client = useMemo(() => createUrqlClient("/graphql", { [PREVIEW_HEADER]: id }), [id]);
  const changeset = result.data?.changeset;
  const links: PreviewLink[] = [{ label: "Dashboard", page: "/" }];
  for (const change of changeset?.changes ?? []) {
    const recordId = change.recordId ?? change.values.find((v) => ["id", "slug"].includes(v.field))?.value ?? null;
    const to = recordId && change.action === "UPSERT" ? recordPath(change.recordType, recordId) : null;
    if (to && !links.some((link) => link.page === to))
      links.push({ label: `${recordNoun(change.recordType)} ${recordId}`, page: to });
  }
  const route = matchRoute(page);
  return (
    <div className="preview">
      <div className="preview__banner" role="note" aria-label="Preview">
        <p>
          <strong>Preview, not public:</strong> the site as it will read once{" "}
          <Link to={paths.changeset(id)}>changeset #{id}</Link>
          {changeset?.note ? ` (“${changeset.note}”)` : ""} is published. Only staff can see it. Links inside the pages
          lead to the public site.
        </p>
        <nav aria-label="Pages to preview">
          <ul>
            {links.map((link) => (
              <li key={link.page}>
                <Link to={paths.preview(id, link.page)} aria-current={link.page === page ? "page" : undefined}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <Provider value={client}>
        <RoutePage route={route.name.startsWith("editor-") ? { name: "not-found" } : route} />
      </Provider>
    </div>
  );
}
