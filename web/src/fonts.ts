// The web fonts, loaded by the app once the page has painted (src/main.tsx): the prerendered shell paints in the
// fallback fonts of src/ui/styles.css. src/fonts.css says why they are never swapped in on a page already drawn.
import "./fonts.css";
