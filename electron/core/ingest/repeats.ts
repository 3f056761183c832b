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
    const list = byCustomer.get(contact.customerId);
    if (list) list.push(contact);
    else byCustomer.set(contact.customerId, [contact]);
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

/** One column per field, row i of each the same conversation (read from Arrow without a JS object per row). */
export interface ContactColumns {
  length: number;
  /** 64-bit hash of the customer id (hi, lo); `eligible[i]` is 0 when the customer id or start is missing. */
  customerHi: Uint32Array;
  customerLo: Uint32Array;
  eligible: Uint8Array;
  startedMs: Float64Array;
  /** NaN when unknown. */
  endedMs: Float64Array;
  customer: (i: number) => string;
  key: (i: number) => string;
}

/**
 * computeRepeats over columns: the same rules, by row index. Rows are ordered by customer hash, start and
 * key; customers whose hashes collide are told apart by their ids.
 */
export function computeRepeatColumns(
  c: ContactColumns,
  windowDays: number,
): { repeat: Uint8Array; previous: Int32Array } {
  const repeat = new Uint8Array(c.length);
  const previous = new Int32Array(c.length).fill(-1);
  let count = 0;
  for (let i = 0; i < c.length; i += 1) if (c.eligible[i]) count += 1;
  const order = new Uint32Array(count);
  for (let i = 0, n = 0; i < c.length; i += 1) if (c.eligible[i]) order[n++] = i;
  const { customerHi: hi, customerLo: lo, startedMs: started } = c;
  order.sort(
    (a, b) =>
      hi[a]! - hi[b]! ||
      lo[a]! - lo[b]! ||
      started[a]! - started[b]! ||
      c.key(a).localeCompare(c.key(b)),
  );
  const window = windowDays * DAY_MS;
  for (let start = 0; start < count;) {
    let end = start + 1;
    while (
      end < count &&
      hi[order[end]!] === hi[order[start]!] &&
      lo[order[end]!] === lo[order[start]!]
    )
      end += 1;
    if (end - start >= 2) {
      let run = [...order.subarray(start, end)];
      let ids = run.map((i) => c.customer(i));
      if (ids.some((id) => id !== ids[0])) {
        // A hash collision: a stable sort by id keeps each customer's contacts in order.
        run = run
          .map((row, n) => ({ row, id: ids[n]! }))
          .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
          .map((x) => x.row);
        ids = run.map((i) => c.customer(i));
      }
      for (let n = 0; n + 1 < run.length; n += 1) {
        if (ids[n] !== ids[n + 1]) continue;
        const current = run[n]!;
        const next = run[n + 1]!;
        const ended = Number.isNaN(c.endedMs[current]!) ? started[current]! : c.endedMs[current]!;
        if (started[next]! - ended <= window && started[next]! >= started[current]!) {
          repeat[current] = 1;
          previous[next] = current;
        }
      }
    }
    start = end;
  }
  return { repeat, previous };
}
