import { useId, type ReactNode } from "react";
import { THEME_CHOICES, useThemeChoice, type ThemeChoice } from "../app/colorTheme";
import { Link, useLocation } from "../app/router";
import { paths } from "../app/routes";
import { SearchBox } from "../modules/search/components/SearchBox";

export const MAIN_ID = "main";

const NAV = [
  { to: paths.home(), label: "Dashboard", match: (p: string) => p === "/" },
  { to: paths.jurisdictions(), label: "Jurisdictions", match: (p: string) => p.startsWith("/jurisdictions") },
  {
    to: paths.records("batches"),
    label: "Records",
    match: (p: string) => ["/batches", "/sources", "/court-cases", "/agencies"].some((prefix) => p.startsWith(prefix)),
  },
  { to: paths.methodology(), label: "Methodology", match: (p: string) => p.startsWith("/methodology") },
];

function Logo() {
  return (
    <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="4" y="17" width="6" height="11" fill="#fff" />
      <rect x="13" y="10" width="6" height="18" fill="#fff" />
      <rect x="22" y="4" width="6" height="24" fill="#E69F00" />
    </svg>
  );
}

export function SiteHeader() {
  const { pathname } = useLocation();
  return (
    <header className="masthead">
      <a className="skip-link" href={`#${MAIN_ID}`}>
        Skip to content
      </a>
      <div className="masthead__inner">
        <Link to={paths.home()} className="masthead__brand">
          <Logo />
          Subpoena Tracker
        </Link>
        <SearchBox />
        <nav className="masthead__nav" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item.match(pathname) ? "page" : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <a href="/api/v1/datapackage.zip" download>
                Download data
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

// Light, dark or the system's setting; remembered in this browser.
function ThemeSwitch() {
  const id = useId();
  const [choice, setChoice] = useThemeChoice();
  return (
    <p className="theme-switch">
      <label htmlFor={id}>Colours</label>{" "}
      <select
        id={id}
        value={choice}
        data-testid="theme-switch"
        onChange={(event) => setChoice(event.target.value as ThemeChoice)}
      >
        {THEME_CHOICES.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  );
}

export function SiteFooter() {
  return (
    <footer className="footer">
      <div className="footer__inner">
        <p>
          Subpoena Tracker records the administrative subpoenas U.S. Immigration and Customs Enforcement served on
          agencies in sanctuary jurisdictions, as public reporting describes them. Every figure links to its sources.
          People named in the sources are not named here.
        </p>
        <p>
          <Link to={paths.methodology()}>How the data is built</Link> ·{" "}
          <Link to={paths.changes()}>Corrections and changes</Link> ·{" "}
          <Link to={paths.methodology("report-an-error")}>Report an error</Link> ·{" "}
          <a href="/api/v1/datapackage.zip" download>
            The whole dataset (data package, ZIP)
          </a>{" "}
          · <a href="/graphql">API</a>
        </p>
        <ThemeSwitch />
      </div>
    </footer>
  );
}

export function PageFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id={MAIN_ID} className="page" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

export interface PageHeaderProps {
  eyebrow?: ReactNode;
  title: ReactNode;
  dek?: ReactNode;
  meta?: ReactNode;
}

// The page's one h1. It takes focus on navigation (see App), so screen readers announce the new page.
export function PageHeader({ eyebrow, title, dek, meta }: PageHeaderProps) {
  return (
    <header className="page-header">
      {eyebrow && <p className="page-header__eyebrow">{eyebrow}</p>}
      <h1 tabIndex={-1} data-page-title>
        {title}
      </h1>
      {dek && <p className="page-header__dek">{dek}</p>}
      {meta && <div className="page-header__meta">{meta}</div>}
    </header>
  );
}

export function Section({
  title,
  id,
  intro,
  children,
}: {
  title: ReactNode;
  id?: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section className="section" id={id} aria-labelledby={headingId}>
      <div className="section__header">
        <h2 id={headingId}>{title}</h2>
        {intro && <p>{intro}</p>}
      </div>
      {children}
    </section>
  );
}
