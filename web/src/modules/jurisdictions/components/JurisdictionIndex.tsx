import { JURISDICTION_KINDS, JURISDICTION_KIND_LABELS } from "@subpoena-tracker/domain";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { ErrorState, Skeleton } from "../../../ui/status";
import { labelOfEnum } from "../../counts/utils/enums";
import { descendantSlugs, flattenJurisdictionTree } from "../utils/tree";
import { pluralize, unreportedNote } from "../../counts/utils/buckets";

export const JurisdictionIndex_JurisdictionsQuery = graphql(`
  query JurisdictionIndex_Jurisdictions {
    jurisdictions {
      slug
      name
      kind
      state
      parent {
        slug
      }
    }
    subpoenaCounts(groupBy: [JURISDICTION]) {
      buckets {
        jurisdiction {
          slug
        }
        subpoenas
        batches
        unknownCountBatches
      }
    }
  }
`);

interface Totals {
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
}

function figures(totals: Totals): string {
  if (totals.batches === 0) return "No batches recorded";
  const unknown = unreportedNote(totals.unknownCountBatches);
  return `${pluralize(totals.subpoenas, "subpoena")} in ${pluralize(totals.batches, "batch", "batches")}${unknown ? `, ${unknown}` : ""}`;
}

// Every place in the data, states first with their counties and cities under them, each with its rolled-up totals.
export function JurisdictionIndex() {
  const [result, reexecute] = useQuery({ query: JurisdictionIndex_JurisdictionsQuery });
  if (result.error && !result.data) {
    return (
      <ErrorState
        title="The jurisdictions could not be loaded."
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!result.data) return <Skeleton height={300} label="Loading the jurisdictions" />;
  const { jurisdictions, subpoenaCounts } = result.data;
  const own = new Map(subpoenaCounts.buckets.filter((b) => b.jurisdiction).map((b) => [b.jurisdiction?.slug ?? "", b]));
  const totalsOf = (slug: string): Totals =>
    descendantSlugs(jurisdictions, slug).reduce<Totals>(
      (sum, s) => {
        const bucket = own.get(s);
        return bucket
          ? {
              subpoenas: sum.subpoenas + bucket.subpoenas,
              batches: sum.batches + bucket.batches,
              unknownCountBatches: sum.unknownCountBatches + bucket.unknownCountBatches,
            }
          : sum;
      },
      { subpoenas: 0, batches: 0, unknownCountBatches: 0 },
    );
  const tree = flattenJurisdictionTree(jurisdictions);
  const roots = tree.filter((node) => node.depth === 0);
  return (
    <ul className="card-grid" data-testid="jurisdiction-index">
      {roots.map((root) => {
        const parts = tree.filter(
          (node) =>
            node.depth > 0 && descendantSlugs(jurisdictions, root.jurisdiction.slug).includes(node.jurisdiction.slug),
        );
        return (
          <li key={root.jurisdiction.slug} className="place-card">
            <h2 className="h3">
              <Link to={paths.jurisdiction(root.jurisdiction.slug)}>{root.jurisdiction.name}</Link>
            </h2>
            <p>
              {labelOfEnum(JURISDICTION_KINDS, JURISDICTION_KIND_LABELS, root.jurisdiction.kind)} ·{" "}
              {figures(totalsOf(root.jurisdiction.slug))}
            </p>
            {parts.length > 0 && (
              <ul className="place-children">
                {parts.map((node) => (
                  <li key={node.jurisdiction.slug} style={{ marginLeft: `${(node.depth - 1) * 1}rem` }}>
                    <Link to={paths.jurisdiction(node.jurisdiction.slug)}>{node.jurisdiction.name}</Link>{" "}
                    <span className="source__meta">· {figures(totalsOf(node.jurisdiction.slug))}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
