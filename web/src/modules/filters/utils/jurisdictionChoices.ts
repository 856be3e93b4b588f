// The jurisdiction filter's choices and the search that narrows them as a reader types (the filter bar's combobox).
// A large dataset names 3,000 places: the menu shows only the first matches, so it costs what it draws (issue 12).
import { stateName } from "@subpoena-tracker/domain";
import { flattenJurisdictionTree, type JurisdictionLike } from "../../jurisdictions/utils/tree";

export interface JurisdictionChoice {
  value: string;
  // The place's own name, as the input shows it once chosen.
  label: string;
  // Where it lies, so that the five Washington Counties can be told apart: "Oregon", "Multnomah County, Oregon";
  // for a state, "whole state".
  context: string;
  // Depth in the tree of states, counties and cities (0 for a state), for the indentation that groups them.
  depth: number;
  // The label, lower case and accents folded, for ranking; and label and context so folded: what the search looks in.
  foldedLabel: string;
  haystack: string;
}

/** Lower case, accents and runs of spaces folded, so "dona ana" finds "Doña Ana County". */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Every jurisdiction in the order of the tree (each state, then its counties and cities), with where it lies. */
export function jurisdictionChoices(jurisdictions: JurisdictionLike[]): JurisdictionChoice[] {
  const names = new Map(jurisdictions.map((j) => [j.slug, j.name]));
  const parents = new Map(jurisdictions.map((j) => [j.slug, j.parent?.slug ?? null]));
  return flattenJurisdictionTree(jurisdictions).map(({ jurisdiction, depth }) => {
    const isState = depth === 0 && jurisdiction.kind === "STATE";
    const ancestors: string[] = [];
    for (let slug = parents.get(jurisdiction.slug); slug && names.has(slug); slug = parents.get(slug) ?? null) {
      ancestors.push(names.get(slug) ?? slug);
    }
    // A place whose state is not itself in the list still says its state.
    const state = jurisdiction.state ? stateName(jurisdiction.state) : null;
    if (!isState && state && ancestors[ancestors.length - 1] !== state) ancestors.push(state);
    const context = isState ? "whole state" : ancestors.join(", ");
    return {
      value: jurisdiction.slug,
      label: jurisdiction.name,
      context,
      depth,
      foldedLabel: foldForSearch(jurisdiction.name),
      haystack: foldForSearch(`${jurisdiction.name} ${context}`),
    };
  });
}

export interface JurisdictionMatches {
  // At most `limit` choices, best first.
  shown: JurisdictionChoice[];
  // How many choices match in all.
  total: number;
}

// How many matches the menu draws; the rest are counted ("type to narrow: 2,950 more").
export const MAX_SHOWN_CHOICES = 50;

/**
 * The choices that hold every word of the query (in the name or where it lies), those whose name starts with the
 * query first, then those with a word of the name starting with it, then the rest; the tree's order within each.
 * An empty query matches everything, in the tree's order.
 */
export function matchJurisdictions(
  choices: readonly JurisdictionChoice[],
  query: string,
  limit = MAX_SHOWN_CHOICES,
): JurisdictionMatches {
  const folded = foldForSearch(query);
  if (!folded) return { shown: choices.slice(0, limit), total: choices.length };
  const words = folded.split(" ");
  const ranks: JurisdictionChoice[][] = [[], [], []];
  let total = 0;
  for (const choice of choices) {
    if (!words.every((word) => choice.haystack.includes(word))) continue;
    total += 1;
    const name = choice.foldedLabel;
    const rank = name.startsWith(folded) ? 0 : name.split(" ").some((part) => part.startsWith(words[0])) ? 1 : 2;
    if (ranks[rank].length < limit) ranks[rank].push(choice);
  }
  return { shown: ranks.flat().slice(0, limit), total };
}
