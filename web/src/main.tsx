import "./ui/styles.css";
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { startColorTheme } from "./app/colorTheme";
import { watchShellSearch } from "./app/shellHandover";

startColorTheme();
void import("./fonts");
const root = document.getElementById("root");
if (!root) throw new Error('index.html has no element with id "root"');
watchShellSearch(root);
// The first render is a transition, so React builds the page in slices of a few milliseconds and the browser stays
// responsive meanwhile (issue 12: Total Blocking Time); the prerendered shell stays on screen until it is done.
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
