import { useEffect, useId, useRef } from "react";
import { CopyButton } from "../../../ui/CopyButton";

// A secret the server gives once (a one-time password, an API token): shown in a labelled region that takes the
// focus, so a screen reader reads it out at once, with a copy button and a way to put it away.
export function OneTimeSecret({
  title,
  secret,
  note,
  onDone,
}: {
  title: string;
  secret: string;
  note: string;
  onDone: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => box.current?.focus(), [secret]);
  return (
    <div className="status one-time-secret" role="region" aria-labelledby={titleId} tabIndex={-1} ref={box}>
      <strong id={titleId}>{title}</strong>
      <p>
        <code className="one-time-secret__value" data-testid="one-time-secret">
          {secret}
        </code>
      </p>
      <p>{note}</p>
      <div className="editor-form__actions">
        <CopyButton text={() => secret} label="Copy it" />
        <button type="button" className="button button--quiet" onClick={onDone}>
          I have passed it on: hide it
        </button>
      </div>
    </div>
  );
}
