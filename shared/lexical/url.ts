const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** A link target the editor accepts: http, https or mailto with a host or address; null otherwise. */
export function validateUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname)) ? url.href : null;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return url.href;
}

/** Image sources that may live in an article: workspace media, https, and inline data images. */
export function isAllowedImageSrc(src: string): boolean {
  return /^gleaner-media:[a-f0-9]{64}\.(png|jpe?g|gif|webp)$/.test(src) || /^https:\/\//.test(src) || /^data:image\/(png|jpe?g|gif|webp);base64,/.test(src);
}
