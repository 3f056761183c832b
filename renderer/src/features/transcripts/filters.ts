import type { TranscriptFilter } from '../../../../shared/domain/transcript';

/** What the filter bar holds; dates are local calendar days (YYYY-MM-DD), inclusive. */
export interface FilterState {
  query: string;
  fromDay: string | null;
  toDay: string | null;
  channel: string | null;
  language: string | null;
  outcome: TranscriptFilter['outcome'] | null;
  topicId: string | null;
}

export const EMPTY_FILTERS: FilterState = {
  query: '',
  fromDay: null,
  toDay: null,
  channel: null,
  language: null,
  outcome: null,
  topicId: null,
};

/** The start of a local calendar day as an ISO instant. */
const dayStart = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1).toISOString();
};

const nextDay = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, (d ?? 1) + 1).toISOString();
};

/** The backend filter: the end day is included, so the range stops at the start of the day after it. */
export function toTranscriptFilter(state: FilterState): TranscriptFilter {
  const filter: TranscriptFilter = {};
  const query = state.query.trim();
  if (query) filter.query = query.slice(0, 200);
  if (state.fromDay) filter.from = dayStart(state.fromDay);
  if (state.toDay) filter.to = nextDay(state.toDay);
  if (state.channel) filter.channel = state.channel;
  if (state.language) filter.language = state.language;
  if (state.outcome) filter.outcome = state.outcome;
  if (state.topicId) filter.topicId = state.topicId;
  return filter;
}

export const isFiltered = (state: FilterState): boolean =>
  JSON.stringify(toTranscriptFilter(state)) !== '{}';
