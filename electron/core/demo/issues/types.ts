/** The shape of one demo issue: what customers say, what fixes it, and the friction planted for it. */
export interface Bilingual<T> {
  en: T;
  zh: T;
}

/** Which part of the business an issue belongs to; it decides which environment details come up. */
export type IssueGroup = 'account' | 'billing' | 'orders' | 'network' | 'devices';

export interface IssueTemplate {
  key: string;
  group: IssueGroup;
  title: Bilingual<string>;
  /** Relative volume. */
  weight: number;
  /** Volume multiplier in the last 7 days (a rising issue is > 1). */
  trend: number;
  /** Planted per-conversation rates the analysis must recover. */
  rates: { escalation: number; repeat: number; negative: number };
  /** Whether a seed article already covers it. */
  covered: boolean;
  /**
   * The seed article was published this many days before the end of the period, and the friction fell
   * to these rates after it: what Insights' "did it help" and the review dashboard must find.
   */
  published?: { daysAgo: number; ratesAfter: { escalation: number; repeat: number; negative: number } };
  /** How customers first describe it. */
  open: Bilingual<string[]>;
  /** The resolution, in order; each step in a few agent wordings. */
  steps: Array<Bilingual<string[]>>;
  cause: Bilingual<string> | null;
}

export const defineIssue =
  (group: IssueGroup) =>
  (template: Omit<IssueTemplate, 'group'>): IssueTemplate => ({ ...template, group });
