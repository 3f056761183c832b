import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toTranscript } from '../../../../electron/core/ingest/canonical';
import { plainTranscript } from '../../../../electron/core/ingest/formats/csv';
import type { Turn } from '../../../../shared/domain/transcript';

const instant = fc.oneof(
  fc
    .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom('2026-13-01T00:00:00.000Z', '2026-01-01T00:00:00Z', 'yesterday', ''),
);
const text = fc.string({ maxLength: 300 });
const turn = fc.record({
  role: fc.constantFrom('customer', 'agent', 'bot', 'system', 'nobody'),
  text: fc.string({ maxLength: 20 }),
  at: fc.option(instant, { nil: null }),
});
const fields = fc.record(
  {
    customer_id: text,
    channel: fc.string({ maxLength: 45 }),
    language: fc.string({ maxLength: 25 }),
    started_at: instant,
    ended_at: instant,
  },
  { requiredKeys: [] },
);

describe('plain CSV transcripts', () => {
  it('are what the schema returns, key order included, or left to it', () => {
    fc.assert(
      fc.property(
        fields,
        fc.string({ maxLength: 300 }),
        fc.array(turn, { maxLength: 4 }),
        (f, id, turns) => {
          const plain = plainTranscript(f, id, turns as Turn[]);
          const schema = toTranscript({ ...f, id, turns }, 'x.csv', 2);
          if (plain) {
            expect('transcript' in schema).toBe(true);
            if ('transcript' in schema)
              expect(JSON.stringify(plain)).toBe(JSON.stringify(schema.transcript));
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('take the plain path for a per-turn export conversation', () => {
    const turns: Turn[] = [
      { role: 'customer', text: 'hi', at: null },
      { role: 'agent', text: 'hello', at: '2026-01-01T00:00:00.000Z' },
    ];
    expect(
      plainTranscript(
        { customer_id: 'c1', started_at: '2026-01-01T00:00:00.000Z' },
        'conv-1',
        turns,
      ),
    ).not.toBeNull();
  });
});
