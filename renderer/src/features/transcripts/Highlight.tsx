import type { ReactNode } from 'react';

/** The text with every case-insensitive occurrence of the needle marked; text only, never markup. */
export function Highlight({ text, needle }: { text: string; needle: string | undefined }) {
  const n = needle?.trim().toLowerCase();
  if (!n) return <>{text}</>;
  const lower = text.toLowerCase();
  const parts: ReactNode[] = [];
  let from = 0;
  for (let at = lower.indexOf(n); at >= 0 && parts.length < 200; at = lower.indexOf(n, from)) {
    if (at > from) parts.push(text.slice(from, at));
    parts.push(
      <mark key={at} className="transcripts-mark">
        {text.slice(at, at + n.length)}
      </mark>,
    );
    from = at + n.length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}
