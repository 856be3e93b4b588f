import { compareText } from "@subpoena-tracker/domain";
// Jurisdictions nest (a state holds counties, a county cities). Lists and menus show them as a tree: each state, then
// its parts depth-first, alphabetical at every level.
export interface JurisdictionLike {
  slug: string;
  name: string;
  kind: string;
  state: string | null;
  parent: { slug: string } | null;
}

export interface JurisdictionNode<T extends JurisdictionLike> {
  jurisdiction: T;
  depth: number;
}

export function flattenJurisdictionTree<T extends JurisdictionLike>(jurisdictions: T[]): JurisdictionNode<T>[] {
  const known = new Set(jurisdictions.map((j) => j.slug));
  const children = new Map<string | null, T[]>();
  for (const jurisdiction of jurisdictions) {
    // A parent missing from the list would hide the child; show it at the top instead.
    const parent = jurisdiction.parent && known.has(jurisdiction.parent.slug) ? jurisdiction.parent.slug : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(jurisdiction);
    else children.set(parent, [jurisdiction]);
  }
  const out: JurisdictionNode<T>[] = [];
  const visit = (parent: string | null, depth: number): void => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => compareText(a.name, b.name));
    for (const jurisdiction of list) {
      out.push({ jurisdiction, depth });
      visit(jurisdiction.slug, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

// Every slug inside a jurisdiction (its own included), for totals that roll parts up.
export function descendantSlugs<T extends JurisdictionLike>(jurisdictions: T[], slug: string): string[] {
  const out = [slug];
  for (let index = 0; index < out.length; index += 1) {
    for (const jurisdiction of jurisdictions) {
      if (jurisdiction.parent?.slug === out[index]) out.push(jurisdiction.slug);
    }
  }
  return out;
}
