// The dashboard's colour theme: the reader's system setting (prefers-color-scheme) unless they chose light or dark
// with the switch, which is remembered in this browser. The resolved theme is written to <html data-theme>, where the
// stylesheet reads it; the embeds follow the same setting through their own `theme` parameter.
import { useEffect, useState } from "react";

export type ThemeChoice = "auto" | "light" | "dark";
export const THEME_CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: "auto", label: "Match my system" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

const STORAGE_KEY = "subpoena-tracker:theme";
const DARK_QUERY = "(prefers-color-scheme: dark)";
/** The browser's own bar, coloured as the page's background. */
const THEME_COLORS = { light: "#ffffff", dark: "#15181c" } as const;

export function storedThemeChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : "auto";
  } catch {
    // Storage refused (a privacy mode): follow the system.
    return "auto";
  }
}

function storeThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === "auto") window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Not remembered, but still applied for this visit.
  }
}

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): "light" | "dark" {
  return choice === "auto" ? (prefersDark ? "dark" : "light") : choice;
}

function applyTheme(choice: ThemeChoice): void {
  const resolved = resolveTheme(choice, window.matchMedia(DARK_QUERY).matches);
  document.documentElement.dataset.theme = resolved;
  document.querySelector('meta[name="theme-color"]')?.setAttribute("content", THEME_COLORS[resolved]);
}

let current: ThemeChoice = "auto";
const listeners = new Set<(choice: ThemeChoice) => void>();

/** Applies the remembered choice before the first render (no flash of the other theme) and follows the system. */
export function startColorTheme(): void {
  current = storedThemeChoice();
  applyTheme(current);
  window.matchMedia(DARK_QUERY).addEventListener("change", () => applyTheme(current));
}

export function setThemeChoice(choice: ThemeChoice): void {
  current = choice;
  storeThemeChoice(choice);
  applyTheme(choice);
  for (const listener of listeners) listener(choice);
}

export function useThemeChoice(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(current);
  useEffect(() => {
    listeners.add(setChoice);
    return () => {
      listeners.delete(setChoice);
    };
  }, []);
  return [choice, setThemeChoice];
}

function currentResolvedTheme(): "light" | "dark" {
  return document.documentElement.dataset.theme === "dark" ? "dark" : "light";
}

/**
 * The theme in force ("light" or "dark"), for what the stylesheet cannot recolour: charts drawn with the embeds'
 * palettes (the map's land and shades). Follows <html data-theme>, whether the switch or the system changed it.
 */
export function useResolvedTheme(): "light" | "dark" {
  const [resolved, setResolved] = useState(currentResolvedTheme);
  useEffect(() => {
    const observer = new MutationObserver(() => setResolved(currentResolvedTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    return () => observer.disconnect();
  }, []);
  return resolved;
}
