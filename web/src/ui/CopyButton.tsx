import { useEffect, useRef, useState } from "react";

// How long "Copied" stays before the button reads as before.
const CONFIRMATION_MS = 2500;

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The asynchronous clipboard needs a secure context and permission; the old way still works on plain http.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

export interface CopyButtonProps {
  // Read when clicked, so it can be the current address.
  text: () => string;
  label: string;
  className?: string;
}

export function CopyButton({ text, label, className = "button" }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const onClick = async (): Promise<void> => {
    const ok = await copyText(text());
    setState(ok ? "copied" : "failed");
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState("idle"), CONFIRMATION_MS);
  };
  return (
    <button type="button" className={className} onClick={() => void onClick()}>
      <span aria-hidden={state !== "idle"}>{label}</span>
      <span role="status" className={state === "idle" ? "visually-hidden" : undefined}>
        {state === "copied" ? " — copied" : state === "failed" ? " — press Ctrl+C to copy" : ""}
      </span>
    </button>
  );
}
