/**
 * How a create that may have gone through before its id was recorded is found again (see ExportSink.find): by a
 * marker Gleaner writes on the remote article where the vendor lets an article carry one (a Zendesk label, a
 * Freshdesk tag), else by its title compared the way help centers store titles (whitespace collapsed, case folded,
 * HTML entities decoded), against the title it was sent with and the one it has now.
 */

/** The label or tag that names the Gleaner article a remote article was created from. */
export const gleanerMarker = (articleId: string): string => `gleaner-${articleId.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A title with Unicode compatibility forms folded, spaces collapsed and in lower case. */
export const normalizedTitle = (title: string): string => title.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether a title a help center gives back is one of the titles the article was sent with or has now. Gleaner's
 * titles are plain text; the remote one may come back HTML-escaped, or not, so both of its readings count.
 */
export const sameTitle = (remote: string, ...titles: readonly string[]): boolean => {
  const readings = new Set([normalizedTitle(decodeEntities(remote)), normalizedTitle(remote)]);
  return titles.some((title) => readings.has(normalizedTitle(title)));
};
