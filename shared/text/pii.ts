/** Personal-data redaction: typed placeholders instead of emails, phones, cards, IBANs, IPs, accounts, addresses and names. */

export type PiiKind = 'EMAIL' | 'PHONE' | 'CARD' | 'IBAN' | 'IP' | 'ACCOUNT' | 'ADDRESS' | 'NAME';

export interface RedactionOptions {
  /** Extra patterns for account or order numbers (regular expression sources), replaced by [ACCOUNT]. */
  accountPatterns?: readonly string[];
  /** Names known from metadata (customer name, requester), replaced by [NAME]. */
  names?: readonly string[];
}

export const placeholder = (kind: PiiKind): string => `[${kind}]`;
export const PLACEHOLDER_PATTERN = /\[(EMAIL|PHONE|CARD|IBAN|IP|ACCOUNT|ADDRESS|NAME)\]/;

const EMAIL = /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/g;
const CARD = /(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])/g;
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
const IPV6 =
  /\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:?){1,6}\b/gi;
const CN_MOBILE = /(?<!\d)(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g;
const PHONE =
  /(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){2,4}(?!\w)/g;
/** Street addresses need a number: "12 Baker Street", "221b baker st." is left (too close to prose), "北京市朝阳区建国路88号", "3栋502室". */
const STREET_EN = /\b\d{1,5}[a-z]?,?\s+(?:[\p{L}'.-]+\s+){1,3}(?:street|road|avenue|lane|boulevard|terrace|crescent|rd|ave|blvd)\b\.?/giu;
const STREET_EN_CAPITALISED = /\b\d{1,5}[a-z]?,?\s+(?:[A-Z][\p{L}'.-]*\s+){1,3}(?:Drive|Way|Close|Court|Place|Square)\b/gu;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g;
const STREET_ZH = /[\p{Script=Han}]{1,10}(?:路|街|大道|巷|弄|胡同)\s*\d{1,5}\s*(?:号|號)(?:[\p{Script=Han}\d]{0,10}(?:室|楼|樓|单元))?/gu;
const BUILDING_ZH = /\d{1,3}\s*(?:栋|幢|号楼|號樓)(?:\s*\d{1,2}\s*单元)?\s*\d{2,4}\s*(?:室|号)?/gu;
/** Names people give themselves in the text ("my name is Jo Lee", "this is Dana from support", "我叫王芳"). */
const NAME_INTRO_EN = /\b(?:my name is|my name's|name's)\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/gu;
const NAME_INTRO_FROM_EN = /\b(?:[Tt]his is|[Ii] am|[Ii]'m|[Ii]t's)\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)(?=\s+(?:from|at|here|speaking)\b)/gu;
const NAME_INTRO_ZH = /(?:我叫|我的名字是)([\p{Script=Han}]{2,3})|我姓([\p{Script=Han}])|我是(?:您的)?(?:专属)?客服([\p{Script=Han}]{2,3}?)(?=[，,。！!]|很高兴|为您)/gu;

const DEFAULT_ACCOUNT = [
  /\b(?:order|account|acct|ticket|case)\s*(?:no\.?|number|id|#)?\s*(?:is\s+)?[:#]?\s*([A-Z]{0,4}\d[\dA-Z-]{5,})\b/giu,
  /(?:订单|账户|账号|工单)(?:号码|号|编号)?(?:是)?\s*[:：]?\s*([A-Z]{0,4}\d[\dA-Z-]{5,})/giu,
];

/**
 * For each pattern, a part every match contains, with the pattern's flags: a text without it cannot
 * match, so the pattern is skipped. These literal scans cost a fraction of the patterns' own, which
 * try their quantifiers at every digit or word (they were most of an import's redaction time).
 */
export const MAY_MATCH = new Map<RegExp, RegExp>([
  [IBAN, /[A-Z]{2}\d{2}/],
  [DEFAULT_ACCOUNT[0]!, /order|account|acct|ticket|case/iu],
  [DEFAULT_ACCOUNT[1]!, /订单|账户|账号|工单/iu],
  [STREET_ZH, /路|街|大道|巷|弄|胡同/u],
  [BUILDING_ZH, /栋|幢|号楼|號樓/u],
  [STREET_EN, /\s(?:street|road|avenue|lane|boulevard|terrace|crescent|rd|ave|blvd)\b/iu],
  [STREET_EN_CAPITALISED, /\s(?:Drive|Way|Close|Court|Place|Square)\b/u],
  [UK_POSTCODE, /\d[A-Z]{2}/],
  [CN_MOBILE, /1[3-9]\d/],
]);
const mayMatch = (pattern: RegExp, text: string): boolean => MAY_MATCH.get(pattern)?.test(text) ?? true;

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

  if (mayMatch(IBAN, out)) out = out.replace(IBAN, (m) => (ibanValid(m) ? placeholder('IBAN') : m));
  out = out.replace(CARD, (m) => (luhnValid(m.replace(/[ -]/g, '')) ? placeholder('CARD') : m));
  for (const pattern of DEFAULT_ACCOUNT) {
    if (mayMatch(pattern, out))
      out = out.replace(pattern, (m, id: string) => m.replace(id, placeholder('ACCOUNT')));
  }
  // Both IP patterns need a literal separator: skipping them without one is exact, and they were a hot spot.
  if (out.includes('.')) out = out.replace(IPV4, placeholder('IP'));
  if (out.includes(':')) out = out.replace(IPV6, placeholder('IP'));
  for (const pattern of [STREET_ZH, BUILDING_ZH, STREET_EN, STREET_EN_CAPITALISED, UK_POSTCODE])
    if (mayMatch(pattern, out)) out = out.replace(pattern, placeholder('ADDRESS'));
  if (mayMatch(CN_MOBILE, out)) out = out.replace(CN_MOBILE, placeholder('PHONE'));
  out = out.replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 7 ? placeholder('PHONE') : m));
  return redactNames(out, options.names);
}

/** The name in a self-introduction, replaced; the words around it stay. */
function redactIntroducedNames(text: string): string {
  const replaceName = (match: string, ...groups: unknown[]) => {
    const name = groups.find((g): g is string => typeof g === 'string' && g.length > 0);
    return name ? match.replace(name, placeholder('NAME')) : match;
  };
  let out = text;
  if (/name/i.test(out)) out = out.replace(NAME_INTRO_EN, replaceName);
  if (/\b(?:this is|i am|i'm|it's)\s/i.test(out)) out = out.replace(NAME_INTRO_FROM_EN, replaceName);
  if (/我叫|我的名字|我姓|客服/.test(out)) out = out.replace(NAME_INTRO_ZH, replaceName);
  return out;
}

function redactNames(text: string, names: readonly string[] = []): string {
  let out = redactIntroducedNames(text);
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
