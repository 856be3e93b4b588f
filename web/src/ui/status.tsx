import type { ReactNode } from "react";

export interface SkeletonProps {
  // In pixels; left out, the class gives it (a height that differs between screen widths).
  height?: number;
  label?: string;
  className?: string;
  // Not shimmering: what waits for the reader to scroll near it is not being loaded yet, and an animated background
  // would be repainted on the main thread every frame while the page loads.
  still?: boolean;
}

export function Skeleton({ height, label = "Loading", className, still = false }: SkeletonProps) {
  const classes = ["skeleton", still && "skeleton--still", className].filter(Boolean).join(" ");
  return (
    <div className={classes} style={height === undefined ? undefined : { height }} role="status" aria-live="polite">
      <span className="visually-hidden">{label}…</span>
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="status" role="status">
      {children}
    </div>
  );
}

// The API's own refusal of what was asked (a slug or value that does not exist), as opposed to a failure to reach it:
// retrying or checking the connection cannot help, so the page says what the API said.
export function refusalOf(error: Error | undefined): string | null {
  const graphQLErrors = (
    error as { graphQLErrors?: { message: string; extensions?: { code?: unknown } }[] } | undefined
  )?.graphQLErrors;
  const refusal = graphQLErrors?.find(
    (e) => e.extensions?.code === "BAD_USER_INPUT" || e.extensions?.code === "NOT_FOUND",
  );
  return refusal ? refusal.message : null;
}

type GraphQLErrorLike = { message: string; extensions?: { code?: unknown } };

function graphQLErrorsOf(error: Error | undefined): GraphQLErrorLike[] {
  return (error as { graphQLErrors?: GraphQLErrorLike[] } | undefined)?.graphQLErrors ?? [];
}

// A record that is not there, as opposed to one that could not be loaded (no answer, or an error of another kind).
export function isNotFound(error: Error | undefined): boolean {
  return !error || graphQLErrorsOf(error).some((e) => e.extensions?.code === "NOT_FOUND");
}

// The browser tab's title for a record page without its record: "Batch not found", or "Batch could not be loaded"
// when the API did not say it is missing (a rate limit or an outage must not read as "this does not exist").
export function failedTitle(noun: string, error: Error | undefined): string {
  return isNotFound(error) ? `${noun} not found` : `${noun} could not be loaded`;
}

// The API's "too many requests from this address" (HTTP 429): how many seconds to wait, from its message, or null.
export function rateLimitWaitOf(error: Error | undefined): number | null {
  const limited = graphQLErrorsOf(error).find((e) => e.extensions?.code === "RATE_LIMITED");
  if (!limited) return null;
  const seconds = /try again in (\d+) seconds?/i.exec(limited.message);
  return seconds ? Number(seconds[1]) : 60;
}

// Errors say what failed and what to do; the technical detail is there for a bug report, not as the message.
export function ErrorState({ title, error, onRetry }: { title: string; error?: Error; onRetry?: () => void }) {
  const wait = rateLimitWaitOf(error);
  if (wait !== null) {
    return (
      <div className="status status--error" role="alert" data-error="rate-limited">
        <strong>{title}</strong>
        <p>
          The site has had too many requests from your network in the last minute. Wait {wait}{" "}
          {wait === 1 ? "second" : "seconds"} and try again.
        </p>
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    );
  }
  const refusal = refusalOf(error);
  if (refusal) {
    return (
      <div className="status status--error" role="alert">
        <strong>{title}</strong>
        <p>This view asks for something that is not in the data: {refusal}</p>
      </div>
    );
  }
  return (
    <div className="status status--error" role="alert">
      <strong>{title}</strong>
      <p>
        The data could not be loaded. Check your connection and try again; if it keeps failing, please report it with
        the detail below.
      </p>
      {error && <p className="source__meta">Detail: {error.message}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
