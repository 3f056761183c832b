import type { Bilingual } from './issues/types';
import { EMAIL_DOMAINS, FIRST_NAMES_EN, LAST_NAMES_EN, NAMES_ZH } from './phrases/people';
import type { Random } from './random';

/** An invented customer: the personal data that redaction must find when it turns up in a transcript. */
export interface Person {
  name: string;
  email: string;
  phone: string;
}

export function makePerson(rng: Random, lang: keyof Bilingual<string>): Person {
  if (lang === 'zh') {
    const [name, pinyin] = rng.pick(NAMES_ZH);
    const email = `${pinyin}${rng.int(80, 99)}${rng.chance(0.5) ? rng.int(10, 99) : ''}@${rng.pick(EMAIL_DOMAINS.zh)}`;
    // Mainland mobile numbers, written the way people type them: run together or 3-4-4.
    const digits = `1${rng.pick(['38', '39', '58', '86', '77', '35'])}${digitString(rng, 8)}`;
    const phone = rng.chance(0.6)
      ? digits
      : `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
    return { name, email, phone };
  }
  const first = rng.pick(FIRST_NAMES_EN);
  const last = rng.pick(LAST_NAMES_EN);
  const email = `${first.toLowerCase()}${rng.pick(['.', '_', ''])}${last.toLowerCase()}${rng.chance(0.5) ? rng.int(1, 99) : ''}@${rng.pick(EMAIL_DOMAINS.en)}`;
  // UK numbers in the range reserved for drama, US numbers in the 555-01xx fiction range.
  const phone = rng.chance(0.6)
    ? `07700 900${digitString(rng, 3)}`
    : `+1 202-555-01${digitString(rng, 2)}`;
  return { name: `${first} ${last}`, email, phone };
}

export const orderNumber = (rng: Random): string => `NW${digitString(rng, 8)}`;

/** A card number that passes the Luhn check, so a redactor that validates cards still catches it. */
export function cardNumber(rng: Random, lang: keyof Bilingual<string>): string {
  const body =
    (lang === 'zh' ? '622202' : rng.pick(['453914', '552611', '491761'])) + digitString(rng, 9);
  const full = body + luhnCheckDigit(body);
  return full.replace(/(\d{4})(?=\d)/g, '$1 ');
}

function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function digitString(rng: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += String(rng.int(0, 9));
  return out;
}
