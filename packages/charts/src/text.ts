// Text measurement without a DOM, so that the server lays out labels exactly as the browser will. Widths are Inter's
// advance widths (the font the images are rendered with, and the embed page loads), in thousandths of an em, for
// printable ASCII; other characters count as an average lower-case letter. Labels are laid out with a little slack,
// so a fallback font with slightly different metrics still fits.

export type FontWeight = "regular" | "semibold";

// Advance widths of U+0020..U+007E, from Inter 4 (Inter_400Regular.ttf, Inter_600SemiBold.ttf), per 1000 units.
// prettier-ignore
const ASCII_WIDTHS: Record<FontWeight, readonly number[]> = {
  regular: [281,288,466,633,642,982,644,300,365,365,501,662,288,460,288,360,631,407,610,618,646,593,620,566,619,620,288,302,662,662,662,511,966,690,654,730,722,601,590,746,743,269,571,672,565,903,753,765,639,765,644,642,646,744,690,985,682,679,629,365,360,365,471,456,323,562,612,571,612,583,370,613,591,242,242,549,242,876,591,600,612,612,376,528,327,591,562,818,546,562,552,426,333,426,662],
  semibold: [252,321,523,644,650,1004,663,326,373,373,540,673,319,465,319,379,660,423,623,636,666,612,640,576,640,640,319,329,673,673,673,543,999,728,659,737,722,605,588,749,746,277,580,703,565,922,759,769,645,773,652,650,660,736,728,1020,720,713,652,373,379,373,481,469,351,574,624,583,624,591,389,625,612,262,262,569,262,900,612,609,624,624,397,549,353,612,587,839,569,588,566,455,359,455,673],
};

const OTHER_WIDTHS: Readonly<Record<string, number>> = {
  "–": 500,
  "—": 1000,
  "·": 300,
  "×": 665,
  "…": 900,
  "’": 280,
  "“": 470,
  "”": 470,
};

const FALLBACK_WIDTH = 590;
// Covers the difference between Inter and the system fonts a browser may fall back to.
const SLACK = 1.04;

export function measureText(text: string, fontSize: number, weight: FontWeight = "regular"): number {
  const table = ASCII_WIDTHS[weight];
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 32 && code < 127 ? table[code - 32] : (OTHER_WIDTHS[ch] ?? FALLBACK_WIDTH);
  }
  return (units / 1000) * fontSize * SLACK;
}

/** Shortens text to fit a width, ending it with an ellipsis. */
export function truncateText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = "regular"): string {
  if (measureText(text, fontSize, weight) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && measureText(`${chars.join("").trimEnd()}…`, fontSize, weight) > maxWidth) chars.pop();
  return chars.length === 0 ? "" : `${chars.join("").trimEnd()}…`;
}

/** Breaks text into lines at spaces; the last allowed line is truncated when the text does not fit. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  options: { weight?: FontWeight; maxLines?: number } = {},
): string[] {
  const weight = options.weight ?? "regular";
  const maxLines = options.maxLines ?? Infinity;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (let i = 0; i < words.length; i += 1) {
    const candidate = line ? `${line} ${words[i]}` : words[i];
    if (line && measureText(candidate, fontSize, weight) > maxWidth) {
      if (lines.length === maxLines - 1) {
        lines.push(truncateText(`${line} ${words.slice(i).join(" ")}`, maxWidth, fontSize, weight));
        return lines;
      }
      lines.push(line);
      line = words[i];
    } else {
      line = candidate;
    }
  }
  if (line)
    lines.push(measureText(line, fontSize, weight) > maxWidth ? truncateText(line, maxWidth, fontSize, weight) : line);
  return lines;
}
