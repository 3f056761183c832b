/**
 * Formatters by locale and options: building an Intl formatter costs tens of microseconds, and a
 * table of fifty topics formats hundreds of numbers on every sort.
 */
const formatters = new Map<
  string,
  Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat
>();

function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: string,
  options: object | undefined,
  make: () => F,
): F {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let found = formatters.get(key) as F | undefined;
  if (!found) formatters.set(key, (found = make()));
  return found;
}

const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  formatter('number', locale, options, () => new Intl.NumberFormat(locale, options));

/** Numbers, dates and durations through Intl, in the UI's language. */
export const formatNumber = (
  value: number,
  locale: string,
  options?: Intl.NumberFormatOptions,
): string => numberFormat(locale, options).format(value);

export const formatPercent = (value: number, locale: string, digits = 1): string =>
  numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);

export const formatDateTime = (iso: string, locale: string): string =>
  formatter(
    'date',
    locale,
    { dateStyle: 'medium', timeStyle: 'short' },
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(iso));

export const formatTime = (iso: string, locale: string): string =>
  formatter(
    'time',
    locale,
    { timeStyle: 'medium' },
    () => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }),
  ).format(new Date(iso));

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 hours ago" / "3小时前"; the exact time belongs in a tooltip beside it. */
export function formatRelative(iso: string, locale: string, now = Date.now()): string {
  const seconds = (Date.parse(iso) - now) / 1000;
  const format = formatter(
    'relative',
    locale,
    undefined,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second')
      return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** "1 h 5 min" style durations for ETAs. */
export function formatDuration(totalSeconds: number, locale: string): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = Math.round(totalSeconds % 60);
  const unit = (value: number, u: 'hour' | 'minute' | 'second') =>
    numberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'narrow' }).format(value);
  if (hours > 0) return `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
  if (minutes > 0) return `${unit(minutes, 'minute')} ${unit(seconds, 'second')}`;
  return unit(seconds, 'second');
}
