import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../../shared/errors';
import { localeFor, resources } from '../../../../shared/i18n';

const keys = (value: unknown, prefix = ''): string[] =>
  typeof value === 'string'
    ? [prefix]
    : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
        keys(v, prefix ? `${prefix}.${k}` : k),
      );

const placeholders = (text: string): string[] =>
  [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]!).sort();

describe('translations', () => {
  it('has the same keys in zh-CN as in en, with the same placeholders', () => {
    expect(keys(resources['zh-CN']).sort()).toEqual(keys(resources.en).sort());
    const get = (tree: unknown, path: string) =>
      path
        .split('.')
        .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree) as string;
    for (const key of keys(resources.en))
      expect(placeholders(get(resources['zh-CN'], key)), key).toEqual(
        placeholders(get(resources.en, key)),
      );
  });

  it('translates every error code', () => {
    for (const code of ERROR_CODES) {
      expect(resources.en.errors[code], code).toBeTruthy();
      expect(resources['zh-CN'].errors[code], code).toBeTruthy();
    }
  });

  it('maps OS languages to a UI locale', () => {
    expect(localeFor('zh-Hans-CN')).toBe('zh-CN');
    expect(localeFor('zh-TW')).toBe('zh-CN');
    expect(localeFor('fr-FR')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
  });
});
