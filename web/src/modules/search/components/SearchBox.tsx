import { useEffect, useId, useState, type FormEvent } from "react";
import "../search.css";
import { navigate, useLocation } from "../../../app/router";
import { paths } from "../../../app/routes";

// The one search box, in the site's header: a real form (GET /search?q=...), so it works from any page, with the
// keyboard, and shows the words searched for while their results are on screen.
export function SearchBox({ large = false }: { large?: boolean }) {
  const id = useId();
  const { pathname, search } = useLocation();
  const current = pathname === "/search" ? (new URLSearchParams(search).get("q") ?? "") : "";
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = text.trim();
    if (query) navigate(paths.search(query));
  };
  return (
    <form
      role="search"
      aria-label={large ? "Search again" : "Site search"}
      action="/search"
      method="get"
      className={large ? "search-box search-box--large" : "search-box"}
      onSubmit={submit}
    >
      <label htmlFor={id} className="visually-hidden">
        Search the records
      </label>
      <input
        id={id}
        type="search"
        name="q"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Search records and sources"
        maxLength={200}
        autoComplete="off"
      />
      <button type="submit" className="search-box__button">
        Search
      </button>
    </form>
  );
}
