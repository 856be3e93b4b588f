import { JURISDICTION_KINDS, JURISDICTION_KIND_LABELS, stateName } from "@subpoena-tracker/domain";
import type { ReactNode } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import type { JurisdictionProfile_JurisdictionQuery as ProfileData } from "../../../gql/graphql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { useDocumentTitle } from "../../../app/hooks/useDocumentTitle";
import { PageHeader } from "../../../ui/Layout";
import { NotFound } from "../../../ui/NotFound";
import { WithdrawnOr } from "../../history/components/RecordHistory";
import { ErrorState, failedTitle, isNotFound, Skeleton } from "../../../ui/status";
import { labelOfEnum } from "../../counts/utils/enums";

export const JurisdictionProfile_JurisdictionQuery = graphql(`
  query JurisdictionProfile_Jurisdiction($slug: ID!) {
    jurisdiction(slug: $slug) {
      slug
      name
      kind
      state
      ancestors {
        slug
        name
      }
      children {
        slug
        name
        kind
        children {
          slug
          name
          kind
        }
      }
      agencies {
        slug
        name
      }
      applicablePolicies {
        ...PolicyList_Policy
      }
    }
  }
`);

export type JurisdictionProfileData = NonNullable<ProfileData["jurisdiction"]>;

export interface JurisdictionProfileProps {
  slug: string;
  // The rest of the page, given the loaded jurisdiction.
  children: (jurisdiction: JurisdictionProfileData) => ReactNode;
}

function listNames(names: string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : (names[0] ?? "");
}

function kindLabel(kind: string): string {
  return labelOfEnum(JURISDICTION_KINDS, JURISDICTION_KIND_LABELS, kind);
}

// Loads a jurisdiction and renders its header; the page composes the figures, charts and lists under it.
export function JurisdictionProfile({ slug, children }: JurisdictionProfileProps) {
  const [result, reexecute] = useQuery({ query: JurisdictionProfile_JurisdictionQuery, variables: { slug } });
  const jurisdiction = result.data?.jurisdiction;
  useDocumentTitle(
    jurisdiction ? jurisdiction.name : result.fetching ? "Jurisdiction" : failedTitle("Jurisdiction", result.error),
  );
  if (result.fetching && !jurisdiction) return <Skeleton height={300} label="Loading the jurisdiction" />;
  if (!jurisdiction) {
    if (isNotFound(result.error)) {
      return (
        <WithdrawnOr
          type="JURISDICTION"
          id={slug}
          noun="jurisdiction"
          fallback={
            <NotFound title="No such jurisdiction">
              There is no jurisdiction <code>{slug}</code> in the data. See the list of jurisdictions.
            </NotFound>
          }
        />
      );
    }
    return (
      <ErrorState
        title="The jurisdiction could not be loaded."
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  const within = jurisdiction.ancestors;
  const parts = jurisdiction.children.flatMap((child) => [child.name, ...child.children.map((c) => c.name)]);
  const place =
    within.length > 0
      ? ` in ${within.map((a) => a.name).join(", ")}`
      : jurisdiction.state && jurisdiction.kind !== "STATE"
        ? `, ${stateName(jurisdiction.state)}`
        : "";
  const dek = `${kindLabel(jurisdiction.kind)}${place}.${parts.length > 0 ? ` Its figures include ${listNames(parts)}.` : ""}`;
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link to={paths.jurisdictions()}>Jurisdictions</Link>
            {[...within].reverse().map((ancestor) => (
              <span key={ancestor.slug}>
                {" › "}
                <Link to={paths.jurisdiction(ancestor.slug)}>{ancestor.name}</Link>
              </span>
            ))}
          </>
        }
        title={jurisdiction.name}
        dek={dek}
        meta={
          jurisdiction.agencies.length > 0 ? (
            <span>Agencies: {jurisdiction.agencies.map((a) => a.name).join("; ")}</span>
          ) : undefined
        }
      />
      {children(jurisdiction)}
    </>
  );
}
