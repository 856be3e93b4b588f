// A small router over the History API: the site has five kinds of page and its state lives in the query string,
// which a full routing library would not simplify. Links are real <a href> elements, so they open in new tabs,
// can be copied, and work without this script's help on the server's SPA fallback.
import { useMemo, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from "react";

const NAVIGATE_EVENT = "subpoena-tracker:navigate";

export interface AppLocation {
  pathname: string;
  search: string;
  hash: string;
}

export interface NavigateOptions {
  // Replace the current history entry instead of adding one (for changes the back button should skip).
  replace?: boolean;
  // Keep the scroll position: a filter change re-renders the same page.
  preserveScroll?: boolean;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, snapshot, () => "/");
  return useMemo(() => {
    const url = new URL(href, "http://localhost");
    return { pathname: url.pathname, search: url.search, hash: url.hash };
  }, [href]);
}

export function navigate(to: string, options: NavigateOptions = {}): void {
  const target = new URL(to, window.location.href);
  if (target.href === window.location.href) return;
  const samePage = target.pathname === window.location.pathname;
  if (options.replace) window.history.replaceState(null, "", target);
  else window.history.pushState(null, "", target);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!samePage && !options.preserveScroll && !target.hash) window.scrollTo(0, 0);
}

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  to: string;
  replace?: boolean;
  preserveScroll?: boolean;
  children: ReactNode;
}

export function Link({ to, replace, preserveScroll, onClick, target, children, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainLeftClick(event) || (target && target !== "_self")) return;
    event.preventDefault();
    navigate(to, { replace, preserveScroll });
  };
  return (
    <a href={to} target={target} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
