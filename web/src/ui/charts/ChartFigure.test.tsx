import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChartFigure } from "./ChartFigure";
import { Legend } from "./Legend";

afterEach(cleanup);

describe("ChartFigure", () => {
  it("is a figure named by its title, with the summary in its caption and the table on request", () => {
    render(
      <ChartFigure title="Subpoenas over time" summary="22 subpoenas." table={<table aria-label="numbers" />}>
        <div>chart</div>
      </ChartFigure>,
    );
    const figure = screen.getByRole("figure", { name: "Subpoenas over time" });
    expect(figure.querySelector("figcaption")?.textContent).toContain("22 subpoenas.");
    const toggle = screen.getByRole("button", { name: "Show as table" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("table", { name: "numbers" })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("table", { name: "numbers" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Hide table" })).toBe(toggle);
  });
});

describe("Legend", () => {
  it("offers each series as a button that opens its batches", () => {
    const onSelect = vi.fn();
    render(
      <Legend
        label="Series"
        selectedKey="denver-co"
        onSelect={onSelect}
        entries={[
          {
            key: "denver-co",
            label: "Denver",
            color: "#000",
            valueText: "4",
            actionLabel: "Denver: 4 subpoenas. List the batches",
          },
          {
            key: "oregon",
            label: "Oregon",
            color: "#111",
            valueText: "5",
            actionLabel: "Oregon: 5 subpoenas. List the batches",
          },
        ]}
      />,
    );
    const denver = screen.getByRole("button", { name: "Denver: 4 subpoenas. List the batches" });
    expect(denver.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: /^Oregon/ }));
    expect(onSelect).toHaveBeenCalledWith("oregon");
  });
});
