import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** The id of the i-th generated conversation. */
export const conversationId = (i: number): string => `crash-${String(i).padStart(6, '0')}`;

/** The number of turns of the i-th generated conversation (2 to 6, so a torn write would show). */
export const turnCount = (i: number): number => 2 + (i % 5);

/**
 * Writes `count` canonical conversations as JSON Lines: each with a distinct id, a customer that
 * comes back now and then (repeat contacts), and turns whose text names the conversation and turn.
 */
export async function writeConversations(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  const start = Date.parse('2026-10-01T08:00:00Z');
  for (let i = 0; i < count; i += 1) {
    const at = new Date(start + i * 60_000).toISOString();
    const turns = Array.from({ length: turnCount(i) }, (_, t) => ({
      role: t % 2 === 0 ? 'customer' : 'agent',
      text: `${conversationId(i)} turn ${t}: my order ${i % 97} did not arrive, can you check the refund for account ${i % 13}?`,
      at,
    }));
    const line = `${JSON.stringify({ id: conversationId(i), customer_id: `cust-${i % 4000}`, channel: 'chat', language: 'en', started_at: at, turns })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
