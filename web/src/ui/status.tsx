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

// Errors say what failed and what to do; the technical detail is there for a bug report, not as the message.
export function ErrorState({ title, error, onRetry }: { title: string; error?: Error; onRetry?: () => void }) {
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
