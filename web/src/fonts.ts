// The web fonts, loaded by the app once the page has painted (src/main.tsx): the prerendered shell paints in the
// fallback fonts of src/ui/styles.css and swaps (font-display: swap), so no font download delays the first paint.
import "@fontsource-variable/inter/wght.css";
import "@fontsource-variable/source-serif-4/wght.css";
