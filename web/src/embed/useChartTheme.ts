import { useEffect, useState } from "react";
import { DARK_THEME, LIGHT_THEME, type ChartTheme, type ThemeChoice } from "@subpoena-tracker/charts";

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** The chart's colours: the chosen theme, or for "auto" the reader's colour scheme, following it when it changes. */
export function useChartTheme(choice: ThemeChoice): ChartTheme {
  const [prefersDark, setPrefersDark] = useState(() => window.matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    if (choice !== "auto") return;
    const query = window.matchMedia(DARK_QUERY);
    const update = () => setPrefersDark(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, [choice]);
  if (choice === "dark" || (choice === "auto" && prefersDark)) return DARK_THEME;
  return LIGHT_THEME;
}
