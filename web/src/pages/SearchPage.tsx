import { SearchResults } from "../modules/search/components/SearchResults";

export function SearchPage() {
  return <SearchResults />;
}
