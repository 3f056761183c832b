/** Personal-data redaction: typed placeholders instead of emails, phones, cards, IBANs, IPs, accounts and names. */

export type PiiKind = 'EMAIL' | 'PHONE' | 'CARD' | 'IBAN' | 'IP' | 'ACCOUNT' | 'NAME';

export interface RedactionOptions {
  /** Extra patterns for account or order numbers (regular expression sources), replaced by [ACCOUNT]. */
  accountPatterns?: readonly string[];
  /** Names known from metadata (customer name, requester), replaced by [NAME]. */
  names?: readonly string[];
}

export const placeholder = (kind: PiiKind): string => `[${kind}]`;
export const PLACEHOLDER_PATTERN = /\[(EMAIL|PHONE|CARD|IBAN|IP|ACCOUNT|NAME)\]/;

const EMAIL = /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/g;
const CARD = /(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])/g;
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
const IPV6 =
  /\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:?){1,6}\b/gi;
const CN_MOBILE = /(?<!\d)(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g;
const PHONE =
  /(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){2,4}(?!\w)/g;
const DEFAULT_ACCOUNT = [
  /\b(?:order|account|acct|ticket|case)\s*(?:no\.?|number|id|#)?\s*(?:is\s+)?[:#]?\s*([A-Z]{0,4}\d[\dA-Z-]{5,})\b/giu,
  /(?:订单|账户|账号|工单)(?:号码|号|编号)?(?:是)?\s*[:：]?\s*([A-Z]{0,4}\d[\dA-Z-]{5,})/giu,
];

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length >= 13 && sum % 10 === 0;
}

export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/ /g, '');
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of moved) {
    const code = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The workspace's own patterns, compiled once: redact runs for every turn of an import. */
const compiledAccountPatterns = new Map<string, RegExp>();
function accountPattern(source: string): RegExp {
  let pattern = compiledAccountPatterns.get(source);
  if (!pattern) compiledAccountPatterns.set(source, (pattern = new RegExp(source, 'giu')));
  return pattern;
}

/** Replaces personal data in text; the result never contains the matched originals. */
export function redact(text: string, options: RedactionOptions = {}): string {
  // Most turns hold no digit and no @: skip the number patterns then (a large share of import time).
  const hasDigit = /\d/.test(text);
  let out = text.includes('@') ? text.replace(EMAIL, placeholder('EMAIL')) : text;
  for (const source of options.accountPatterns ?? []) {
    out = out.replace(accountPattern(source), placeholder('ACCOUNT'));
  }
  if (!hasDigit && !/[0-9a-f]:[0-9a-f]/i.test(text)) return redactNames(out, options.names);

  out = out.replace(IBAN, (m) => (ibanValid(m) ? placeholder('IBAN') : m));
  out = out.replace(CARD, (m) => (luhnValid(m.replace(/[ -]/g, '')) ? placeholder('CARD') : m));
  for (const pattern of DEFAULT_ACCOUNT) {
    out = out.replace(pattern, (m, id: string) => m.replace(id, placeholder('ACCOUNT')));
  }
  // Both IP patterns need a literal separator: skipping them without one is exact, and they were a hot spot.
  if (out.includes('.')) out = out.replace(IPV4, placeholder('IP'));
  if (out.includes(':')) out = out.replace(IPV6, placeholder('IP'));
  out = out.replace(CN_MOBILE, placeholder('PHONE'));
  out = out.replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 7 ? placeholder('PHONE') : m));
  return redactNames(out, options.names);
}

function redactNames(text: string, names: readonly string[] = []): string {
  let out = text;
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed.length < 2) continue;
    const parts = [trimmed, ...trimmed.split(/\s+/).filter((p) => p.length >= 3)];
    for (const part of parts) {
      const boundary = /^[\p{Script=Han}]/u.test(part) ? '' : '\\b';
      out = out.replace(
        new RegExp(`${boundary}${escapeRegex(part)}${boundary}`, 'giu'),
        placeholder('NAME'),
      );
    }
  }
  return out;
}
