import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPercent,
  formatRelative,
} from '../../../../renderer/src/lib/format';

const now = Date.parse('2026-11-24T12:00:00Z');

describe('format', () => {
  it('says how long ago, in English and Chinese', () => {
    expect(formatRelative('2026-11-24T09:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(formatRelative('2026-11-24T11:59:58Z', 'en', now)).toBe('2 seconds ago');
    expect(formatRelative('2026-11-23T12:00:00Z', 'en', now)).toBe('yesterday');
    expect(formatRelative('2026-11-23T12:00:00Z', 'zh-CN', now)).toBe('昨天');
    expect(formatRelative('2026-11-10T12:00:00Z', 'zh-CN', now)).toBe('2周前');
    expect(formatRelative('2026-11-24T14:00:00Z', 'en', now)).toBe('in 2 hours');
  });

  it('writes the exact time in the locale', () => {
    expect(formatDateTime('2026-11-24T09:05:00Z', 'en')).toMatch(/Nov 24, 2026/);
    expect(formatDateTime('2026-11-24T09:05:00Z', 'zh-CN')).toMatch(/2026年11月24日/);
  });

  it('writes durations for ETAs', () => {
    expect(formatDuration(3725, 'en')).toBe('1h 2m');
    expect(formatDuration(125, 'en')).toBe('2m 5s');
    expect(formatDuration(42, 'en')).toBe('42s');
    expect(formatDuration(42, 'zh-CN')).toBe('42秒');
  });

  it('groups numbers and percentages by locale', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatPercent(0.1234, 'en')).toBe('12.3%');
  });
});
