// The prerendered shell (vite-plugins/prerender-shell.ts) has a working search box, and a reader may type into it before
// the app replaces the shell. The app takes over what was typed, and the focus, so nothing is lost in the swap.
let shellInput: HTMLInputElement | null = null;
let shellFocused = false;

/** Called once, before the first render: remembers the shell's search box while it is still on the page. */
export function watchShellSearch(root: HTMLElement): void {
  shellInput = root.querySelector<HTMLInputElement>('form[role="search"] input[name="q"]');
  if (!shellInput) return;
  const input = shellInput;
  shellFocused = document.activeElement === input;
  // Focus moving anywhere else says the reader left the box (its removal moves focus to the body without a focusin).
  document.addEventListener("focusin", (event) => (shellFocused = event.target === input));
}

/** What the reader typed into the shell's search box, and whether it had the focus; given to the first box that asks. */
export function takeShellSearch(): { text: string; focused: boolean } | null {
  const input = shellInput;
  shellInput = null;
  if (!input) return null;
  const active = document.activeElement;
  return { text: input.value, focused: shellFocused && (!active || active === document.body || active === input) };
}
