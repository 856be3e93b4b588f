import { OUTCOMES } from "@subpoena-tracker/domain";
import { describe, expect, it } from "vitest";
import { autoDarkCss } from "./components/paint";
import { DARK_THEME, LIGHT_THEME, contrastRatio, resolveColor } from "./theme";

describe("themes", () => {
  it.each([LIGHT_THEME, DARK_THEME])("keep every text colour at 4.5:1 or more on the $name background", (theme) => {
    for (const color of [theme.textColor, theme.mutedTextColor, theme.linkColor]) {
      expect(contrastRatio(color, theme.background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("keeps the outcome colours visible (3:1, WCAG's contrast for graphics) on the dark background", () => {
    // Yellow (WITHDRAWN) is bright on dark; only colours that could sink into the background are at risk.
    for (const outcome of OUTCOMES) {
      expect(
        contrastRatio(resolveColor(DARK_THEME, { kind: "outcome", outcome }), DARK_THEME.background),
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it("computes the WCAG contrast ratio", () => {
    expect(contrastRatio("#FFFFFF", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#FFFFFF")).toBeCloseTo(4.48, 2);
  });

  it("writes a dark-mode override for every themed class", () => {
    const css = autoDarkCss();
    expect(css.startsWith("@media (prefers-color-scheme: dark){")).toBe(true);
    expect(css).toContain(`.st-bg{fill:${DARK_THEME.background}}`);
    expect(css).toContain(`.st-text{fill:${DARK_THEME.textColor}}`);
    expect(css).toContain(`.st-o-mixed{fill:${DARK_THEME.outcomeColors.MIXED}}`);
    expect(css).toContain(`.st-s0{fill:${DARK_THEME.seriesColors[0]}}`);
  });
});
