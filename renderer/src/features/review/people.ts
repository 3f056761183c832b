import { useEffect } from 'react';
import { create } from 'zustand';
import type { Person } from '../../../../shared/domain/people';
import { call, onEvent } from '../../lib/ipc';

interface PeopleState {
  current: Person | null;
  people: Person[];
  /** Bumped when anything review-related changed, so badges and lists reload. */
  tick: number;
  load: () => Promise<void>;
  switchTo: (id: string) => Promise<Person>;
  create: (name: string, role: Person['role']) => Promise<Person>;
  setRole: (id: string, role: Person['role']) => Promise<Person>;
  rename: (id: string, name: string) => Promise<Person>;
  changed: () => void;
}

/** Who is acting on this machine, and the workspace's profiles. */
export const usePeople = create<PeopleState>((set, get) => ({
  current: null,
  people: [],
  tick: 0,
  load: async () => {
    const [current, people] = await Promise.all([call('people:current', {}), call('people:list', {})]);
    set({ current, people: people.some((p) => p.id === current.id) ? people : [...people, current] });
  },
  switchTo: async (id) => {
    const current = await call('people:switch', { id });
    set((s) => ({ current, tick: s.tick + 1 }));
    return current;
  },
  create: async (name, role) => {
    const person = await call('people:create', { name, role });
    await get().switchTo(person.id);
    await get().load();
    return person;
  },
  setRole: async (id, role) => {
    const person = await call('people:setRole', { id, role });
    await get().load();
    get().changed();
    return person;
  },
  rename: async (id, name) => {
    const person = await call('people:rename', { id, name });
    await get().load();
    get().changed();
    return person;
  },
  changed: () => set((s) => ({ tick: s.tick + 1 })),
}));

/** Loads the profiles once, and again when another workspace opens. */
export function usePeopleLoader(): void {
  const load = usePeople((s) => s.load);
  useEffect(() => {
    void load().catch(() => undefined);
    return onEvent('workspace:changed', () => void load().catch(() => undefined));
  }, [load]);
}
