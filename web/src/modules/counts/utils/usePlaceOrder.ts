// Every jurisdiction's slug in a fixed order, for the charts' place colours (CountsLike.placeOrder): a place's colour
// is its position here, so it stays the same whatever the filter. The filter bar's own query, so urql answers it from
// its cache.
import { useMemo } from "react";
import { useQuery } from "urql";
import { FilterBar_OptionsQuery } from "../../filters/components/FilterBar";

export function usePlaceOrder(): readonly string[] | undefined {
  const [result] = useQuery({ query: FilterBar_OptionsQuery });
  const jurisdictions = result.data?.jurisdictions;
  return useMemo(
    () => (jurisdictions ? jurisdictions.map((j) => j.slug).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : undefined),
    [jurisdictions],
  );
}
