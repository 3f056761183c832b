import { create } from 'zustand';
import type { InsightsFilter } from '../../../../shared/ipc/calls/insights';

interface FilterState {
  filter: InsightsFilter;
  setFilter: (change: Partial<InsightsFilter>) => void;
  clear: () => void;
}

/** The Insights filters, shared by the table, the chart and the topic page. */
export const useInsightsFilter = create<FilterState>((set) => ({
  filter: {},
  setFilter: (change) =>
    set((state) => {
      const next: InsightsFilter = { ...state.filter, ...change };
      for (const name of Object.keys(next) as Array<keyof InsightsFilter>) if (next[name] === undefined || next[name] === '') delete next[name];
      return { filter: next };
    }),
  clear: () => set({ filter: {} }),
}));

export const isFiltered = (filter: InsightsFilter): boolean => Object.keys(filter).length > 0;
