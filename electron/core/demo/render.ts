import type { TranscriptInput, Turn } from '../../../shared/domain/transcript';
import { pickEnvironment } from './environment';
import { botConversation } from './flows/bot';
import { Script, type ScriptTurn } from './flows/context';
import { emailConversation } from './flows/email';
import { liveConversation } from './flows/live';
import { AGENT_NAMES, BOT_NAME } from './phrases/people';
import { Random, seedFromText } from './random';
import type { PlannedConversation } from './schedule';
import { LANGUAGE_TAG } from './types';

/** Writes a planned conversation as a canonical transcript, the way an export from a contact center would look. */
export function renderTranscript(rng: Random, plan: PlannedConversation): TranscriptInput {
  const agent = rng.pick(AGENT_NAMES[plan.lang]);
  const steps = plan.issue.steps.map((step) => rng.pick(step[plan.lang]));
  const script = new Script(
    rng,
    plan,
    agent,
    String(rng.int(1001, 1999)),
    // The same customer keeps the same phone, plan and app from one contact to the next.
    pickEnvironment(new Random(seedFromText(plan.customer.id)), rng, plan.lang, plan.issue),
    steps,
  );
  if (plan.channel === 'bot') botConversation(script);
  else if (plan.channel === 'email') emailConversation(script);
  else liveConversation(script);

  // Telephony exports use UTC; chat and email keep the customer's own offset.
  const offset = plan.channel === 'voice' ? 'Z' : plan.customer.offsetMinutes;
  const turns = timeTurns(rng, script.turns, plan, offset);
  const transcript: TranscriptInput = {
    id: plan.id,
    customer_id: plan.customer.id,
    channel: plan.channel,
    started_at: isoWithOffset(plan.startMs, offset),
    ended_at: isoWithOffset(plan.endMs, offset),
    turns,
  };
  // Some exports leave the language out; the importer detects it.
  if (rng.chance(0.95)) transcript.language = LANGUAGE_TAG[plan.lang];
  const outcome = outcomeOf(rng, plan);
  if (outcome) transcript.outcome = outcome;
  transcript.metadata = metadataOf(plan, agent, script.turns);
  return transcript;
}

function timeTurns(
  rng: Random,
  turns: readonly ScriptTurn[],
  plan: PlannedConversation,
  offset: number | 'Z',
): Turn[] {
  const gaps = turns.map((_, i) => (i === 0 ? 0 : 0.3 + rng.next()));
  const total = gaps.reduce((a, b) => a + b, 0) || 1;
  const span = plan.endMs - plan.startMs;
  let elapsed = 0;
  return turns.map((turn, i) => {
    elapsed += gaps[i]!;
    const at = plan.startMs + Math.round((span * elapsed) / total / 1000) * 1000;
    return { role: turn.role, text: turn.text, at: isoWithOffset(at, offset) };
  });
}

/** Outcome fields as systems record them: present on most conversations, absent on some. */
function outcomeOf(rng: Random, plan: PlannedConversation): TranscriptInput['outcome'] | null {
  const outcome: NonNullable<TranscriptInput['outcome']> = {};
  if (rng.chance(0.8)) outcome.escalated = plan.kind === 'escalated';
  if (rng.chance(0.85)) {
    // Agents close some conversations as resolved that the customer then comes back about.
    outcome.resolved = plan.kind === 'success' || (plan.kind === 'unresolved' && rng.chance(0.4));
  }
  if (plan.csat !== null) outcome.csat = plan.csat;
  if (plan.channel !== 'email' && rng.chance(0.5))
    outcome.handle_seconds = Math.round((plan.endMs - plan.startMs) / 1000);
  return Object.keys(outcome).length > 0 ? outcome : null;
}

function metadataOf(
  plan: PlannedConversation,
  agent: string,
  turns: readonly ScriptTurn[],
): Record<string, unknown> {
  const metadata: Record<string, unknown> = { brand: 'Northwind Mobile' };
  if (turns.some((t) => t.role === 'agent')) metadata.agent = agent;
  if (plan.channel === 'bot') metadata.assistant = BOT_NAME[plan.lang];
  if (plan.channel === 'email') {
    metadata.customer_name = plan.customer.person.name;
    metadata.subject = plan.issue.open[plan.lang][0];
  }
  return metadata;
}

/** An ISO 8601 instant written in a given UTC offset (minutes), or in UTC with 'Z'. */
export function isoWithOffset(ms: number, offsetMinutes: number | 'Z'): string {
  if (offsetMinutes === 'Z') return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
