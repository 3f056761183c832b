import { tokenSpans } from '../../../shared/text/segment';

export interface Snippet {
  text: string;
  /** [start, end) offsets into `text`. */
  highlights: Array<[number, number]>;
}

/**
 * A window of `text` around where the query's tokens are densest, with every query token in it
 * marked. Offsets, not HTML: the renderer draws the marks, so hostile text is never markup.
 */
export function makeSnippet(text: string, query: string, width = 180): Snippet {
  const wanted = new Set(tokenSpans(query).map((span) => span.token));
  const matches =
    wanted.size === 0 ? [] : tokenSpans(text).filter((span) => wanted.has(span.token));
  const window = bestWindow(matches, text.length, width);
  let start = window.start;
  let end = Math.min(text.length, start + width);
  // Do not cut a word in two at the edges.
  while (start > 0 && start > window.start - 15 && /\S/.test(text[start - 1]!)) start -= 1;
  while (end < text.length && end < start + width + 15 && /\S/.test(text[end]!)) end += 1;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const body = text.slice(start, end).replace(/\s/g, ' ');
  const highlights = mergeRanges(
    matches
      .filter((m) => m.start >= start && m.end <= end)
      .map((m): [number, number] => [
        m.start - start + prefix.length,
        m.end - start + prefix.length,
      ]),
  );
  return { text: `${prefix}${body}${suffix}`, highlights };
}

function bestWindow(
  matches: ReadonlyArray<{ start: number; end: number }>,
  length: number,
  width: number,
): { start: number } {
  if (matches.length === 0) return { start: 0 };
  let best = 0;
  let bestCount = 0;
  let right = 0;
  for (let left = 0; left < matches.length; left += 1) {
    while (right < matches.length && matches[right]!.end - matches[left]!.start <= width)
      right += 1;
    if (right - left > bestCount) [best, bestCount] = [left, right - left];
  }
  const first = matches[best]!.start;
  // Some context before the first match, but keep the window inside the text.
  return { start: Math.max(0, Math.min(first - Math.floor(width / 5), length - width)) };
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}
