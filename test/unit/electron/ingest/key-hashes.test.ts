import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashBytes, hashString, KeyHashSet } from '../../../../electron/core/ingest/key-hashes';
import {
  computeRepeatColumns,
  computeRepeats,
  type ContactTimes,
} from '../../../../electron/core/ingest/repeats';

describe('key hashes', () => {
  it('hash a string as its UTF-8 bytes (as read from an Arrow column), ASCII or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const fromString = new Uint32Array(2);
        const fromBytes = new Uint32Array(2);
        hashString(text, fromString);
        const bytes = new TextEncoder().encode(`xx${text}`);
        hashBytes(bytes, 2, bytes.length, fromBytes);
        expect([...fromString]).toEqual([...fromBytes]);
      }),
    );
  });

  it('a set holds what was added through growth, and tells new keys from known ones', () => {
    const set = new KeyHashSet(4);
    for (let i = 0; i < 50_000; i += 1) expect(set.add(`csv:conv-${i}`)).toBe(true);
    expect(set.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 1) expect(set.has(`csv:conv-${i}`)).toBe(true);
    expect(set.add('csv:conv-7')).toBe(false);
    let falsePositives = 0;
    for (let i = 50_000; i < 100_000; i += 1) if (set.has(`csv:conv-${i}`)) falsePositives += 1;
    expect(falsePositives).toBe(0);
    expect(set.has('zendesk:工单-1')).toBe(false);
  });
});

describe('repeat contacts over columns', () => {
  const contact = fc.record({
    customer: fc.option(fc.constantFrom('a', 'b', 'c', 'd', '客户'), { nil: null }),
    started: fc.option(fc.integer({ min: 0, max: 30 * 24 }), { nil: null }),
    length: fc.option(fc.integer({ min: 0, max: 72 }), { nil: null }),
  });

  it('flag the same conversations as computeRepeats, also when customer hashes collide', () => {
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 40 }), fc.boolean(), (raw, collide) => {
        const hour = 3600_000;
        const contacts: ContactTimes[] = raw.map((c, i) => ({
          key: `k${String(i).padStart(3, '0')}`,
          customerId: c.customer,
          startedMs: c.started === null ? null : c.started * hour,
          endedMs: c.started === null || c.length === null ? null : (c.started + c.length) * hour,
        }));
        const expected = computeRepeats(contacts, 7);
        const pair = new Uint32Array(2);
        const hi = new Uint32Array(contacts.length);
        const lo = new Uint32Array(contacts.length);
        contacts.forEach((c, i) => {
          hashString(c.customerId ?? '', pair);
          // With `collide`, every customer gets the same hash: ids must tell them apart.
          hi[i] = collide ? 1 : pair[0]!;
          lo[i] = collide ? 2 : pair[1]!;
        });
        const { repeat, previous } = computeRepeatColumns(
          {
            length: contacts.length,
            customerHi: hi,
            customerLo: lo,
            eligible: Uint8Array.from(contacts, (c) =>
              c.customerId && c.startedMs !== null ? 1 : 0,
            ),
            startedMs: Float64Array.from(contacts, (c) => c.startedMs ?? Number.NaN),
            endedMs: Float64Array.from(contacts, (c) => c.endedMs ?? Number.NaN),
            customer: (i) => contacts[i]!.customerId!,
            key: (i) => contacts[i]!.key,
          },
          7,
        );
        expect(
          contacts.map((c, i) => ({
            key: c.key,
            repeat: repeat[i] === 1,
            previousKey: previous[i]! >= 0 ? contacts[previous[i]!]!.key : null,
          })),
        ).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
