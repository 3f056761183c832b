import { redact } from '../../../shared/text/pii';

// Any typed placeholder, ours ([EMAIL], [PHONE], [CARD], [ACCOUNT], [NAME], ...) or an importer's ([ORDER]).
const PLACEHOLDER = /\[[A-Z][A-Z_]{1,15}\]|<[A-Z][A-Z_]{1,15}>|\{\{?[A-Za-z_]{2,20}\}?\}/;
// Belt and braces after redaction: long digit runs (ids, numbers written oddly) and e-mail-like tokens.
const LONG_DIGITS = /\d(?:[\s.-]?\d){6,}/;
const AT_SIGN = /\S@\S/;

/**
 * The text with personal data removed, or null when the sentence carried any (a draft drops such a
 * sentence instead of printing a placeholder: "Call us at [PHONE]" helps no reader).
 */
export function withoutPersonalData(text: string, names: readonly string[] = []): string | null {
  if (PLACEHOLDER.test(text)) return null;
  const redacted = redact(text, { names });
  if (redacted !== text || PLACEHOLDER.test(redacted)) return null;
  if (LONG_DIGITS.test(text) || AT_SIGN.test(text)) return null;
  return text;
}

/** Strips a leading salutation to a redacted name ("Hi [NAME], restart it") before the privacy check. */
export const dropAddressedName = (text: string): string => text.replace(/^(?:hi|hello|hey|dear|thanks|thank\s+you)?\s*,?\s*\[NAME\]\s*[,!.:]\s*/i, '');
