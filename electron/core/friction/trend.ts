import type { Trend } from '../../../shared/domain/friction';
import { DAY_MS, WEEK_MS } from './facts';

export interface TrendWindows {
  recentDays: number;
  baselineDays: number;
  /** Weeks in the sparkline. */
  sparklineWeeks?: number;
}

/**
 * Last `recentDays` against the `baselineDays` before them, both per week, and weekly counts for a
 * sparkline; all ending at asOf (the newest conversation by default, so old imports still trend).
 */
export function trendOf(startedMs: readonly (number | null)[], asOfMs: number, windows: TrendWindows): Trend {
  const weeks = windows.sparklineWeeks ?? 12;
  const recentStart = asOfMs - windows.recentDays * DAY_MS;
  const baselineStart = recentStart - windows.baselineDays * DAY_MS;
  let recent = 0;
  let baseline = 0;
  const weekly = new Array<number>(weeks).fill(0);
  for (const ms of startedMs) {
    if (ms === null || ms > asOfMs) continue;
    if (ms > recentStart) recent += 1;
    else if (ms > baselineStart) baseline += 1;
    const weeksAgo = Math.floor((asOfMs - ms) / WEEK_MS);
    if (weeksAgo < weeks) weekly[weeks - 1 - weeksAgo]! += 1;
  }
  const recentPerWeek = recent / (windows.recentDays / 7);
  const baselinePerWeek = baseline / (windows.baselineDays / 7);
  return { recentPerWeek, baselinePerWeek, change: baselinePerWeek > 0 ? (recentPerWeek - baselinePerWeek) / baselinePerWeek : null, weekly };
}
