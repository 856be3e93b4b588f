import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent } from "react";
import { takeShellSearch } from "../../../app/shellHandover";
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
  // A new address shows its own words (not on mount: the box may have taken over the shell's, below).
  const shown = useRef(current);
  useEffect(() => {
    if (shown.current === current) return;
    shown.current = current;
    setText(current);
  }, [current]);
  const input = useRef<HTMLInputElement>(null);
  // The header's box takes over what was typed into the prerendered shell's box before the app replaced it.
  useLayoutEffect(() => {
    if (large) return;
    const typed = takeShellSearch();
    if (!typed) return;
    if (typed.text) setText(typed.text);
    if (typed.focused) input.current?.focus();
  }, [large]);
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
        ref={input}
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
