import { create } from 'zustand';
import type { QueueView } from '../../../../shared/domain/review';

export type ReviewTab = 'queue' | 'dashboard' | 'audit';

/** Where the reader was on the review screen, kept while they open an article and come back. */
export const useReviewNav = create<{ tab: ReviewTab; view: QueueView; setTab: (tab: ReviewTab) => void; setView: (view: QueueView) => void }>((set) => ({
  tab: 'queue',
  view: 'assigned',
  setTab: (tab) => set({ tab }),
  setView: (view) => set({ view }),
}));
