export interface ContactTimes {
  key: string;
  customerId: string | null;
  startedMs: number | null;
  endedMs: number | null;
}

export interface RepeatFlag {
  key: string;
  repeat: boolean;
  previousKey: string | null;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * A conversation is a repeat contact's *cause* when the same customer contacts again within the window
 * after it ended: it was not solved. Times are absolute instants, so time zones and midnight do not matter.
 * `previousKey` links a conversation to the one before it from the same customer (within the window).
 */
export function computeRepeats(
  contacts: readonly ContactTimes[],
  windowDays: number,
): RepeatFlag[] {
  const byCustomer = new Map<string, ContactTimes[]>();
  const flags = new Map<string, RepeatFlag>(
    contacts.map((c) => [c.key, { key: c.key, repeat: false, previousKey: null }]),
  );
  for (const contact of contacts) {
    if (!contact.customerId || contact.startedMs === null) continue;
    byCustomer.set(contact.customerId, [...(byCustomer.get(contact.customerId) ?? []), contact]);
  }
  const window = windowDays * DAY_MS;
  for (const list of byCustomer.values()) {
    list.sort((a, b) => a.startedMs! - b.startedMs! || a.key.localeCompare(b.key));
    for (let i = 0; i + 1 < list.length; i += 1) {
      const current = list[i]!;
      const next = list[i + 1]!;
      const end = current.endedMs ?? current.startedMs!;
      if (next.startedMs! - end <= window && next.startedMs! >= current.startedMs!) {
        flags.get(current.key)!.repeat = true;
        flags.get(next.key)!.previousKey = current.key;
      }
    }
  }
  return [...flags.values()];
}
