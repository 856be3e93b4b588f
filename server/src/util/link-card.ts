/** Text safe inside HTML text and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A page's link card: what Slack, Mastodon or a CMS shows for a pasted address, read from the HTML alone. */
export interface LinkCard {
  title: string;
  description: string;
  /** The page's own address, absolute. */
  url: string;
  /** The PNG of the view, absolute. */
  image: string;
  imageAlt: string;
  /** oEmbed discovery, for pages that are a chart. */
  oembed: string | null;
}

/** The Open Graph and Twitter card tags, and oEmbed discovery, for a page's <head>. */
export function linkCardTags(card: LinkCard): string[] {
  const tags = [
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="Subpoena Tracker">`,
    `<meta property="og:title" content="${escapeHtml(card.title)}">`,
    `<meta property="og:description" content="${escapeHtml(card.description)}">`,
    `<meta property="og:url" content="${escapeHtml(card.url)}">`,
    `<meta property="og:image" content="${escapeHtml(card.image)}">`,
    `<meta property="og:image:type" content="image/png">`,
    `<meta property="og:image:alt" content="${escapeHtml(card.imageAlt)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
  ];
  if (card.oembed) {
    tags.push(
      `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(card.oembed)}" title="${escapeHtml(card.title)}">`,
    );
  }
  return tags;
}

/** Link cards show two or three lines: a chart's description up to its first list of figures ("...: 17 in total"). */
const CARD_DESCRIPTION_MAX = 300;
export function cardDescription(description: string): string {
  const head = description.split(";")[0].trim();
  const short = head.length < description.length ? `${head.replace(/[.,:]$/, "")}.` : head;
  return short.length <= CARD_DESCRIPTION_MAX ? short : `${short.slice(0, CARD_DESCRIPTION_MAX - 1).trimEnd()}…`;
}
