import type { ReactNode } from "react";

export function Skeleton({ height, label = "Loading" }: { height: number; label?: string }) {
  return (
    <div className="skeleton" style={{ height }} role="status" aria-live="polite">
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

// Errors say what failed and what to do; the technical detail is there for a bug report, not as the message.
export function ErrorState({ title, error, onRetry }: { title: string; error?: Error; onRetry?: () => void }) {
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
