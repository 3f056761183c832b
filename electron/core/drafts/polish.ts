import { z } from 'zod';
import type { Draft, DraftSection } from '../../../shared/domain/draft';
import { GleanerError } from '../../../shared/errors';
import { withoutPersonalData } from './privacy';

/**
 * "Polish with a local LLM": rewrites a draft's wording through an OpenAI-compatible
 * /v1/chat/completions endpoint on the user's own machine (Ollama, llama.cpp, LM Studio). Sentences
 * go out numbered and come back numbered, so each rewrite lands on the sentence it replaces and
 * keeps that sentence's citations. Only loopback endpoints are accepted: nothing leaves the machine.
 */

export interface PolishConfig {
  /** Base URL such as http://127.0.0.1:11434 (a trailing /v1 is accepted). */
  endpoint: string;
  model: string;
  timeoutMs?: number;
}

export interface PolishResult {
  draft: Draft;
  rewritten: number;
  /** Sentences kept as they were: missing from the answer, empty, too long, or carrying personal data. */
  kept: number;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
// Sections whose sentences are prose; environment lines and related links are data, left as they are.
const POLISHED_KINDS = new Set<DraftSection['kind']>(['issue', 'resolution', 'cause']);

const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

/** The chat-completions URL of a loopback endpoint; anything else is refused. */
export function completionsUrl(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new GleanerError('E_VALIDATION', `Not a URL: ${endpoint}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new GleanerError('E_VALIDATION', 'The LLM endpoint must be http or https.');
  if (!LOOPBACK_HOSTS.has(url.hostname) && !/^127\.\d+\.\d+\.\d+$/.test(url.hostname)) {
    throw new GleanerError('E_FORBIDDEN', 'Polishing only talks to a model on this machine (127.0.0.1, localhost or ::1).');
  }
  const base = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '');
  return new URL(`${base}/v1/chat/completions`, url.origin);
}

const SYSTEM_PROMPT = [
  'You edit knowledge-base articles for a customer support team.',
  'You receive numbered sentences. Rewrite each one to be clear, concise and in the imperative where it is an instruction.',
  'Keep the meaning and the language of every sentence. Do not add facts, names, numbers or links.',
  'Answer with exactly the same numbers, one sentence per line, in the form "N. sentence", and nothing else.',
].join(' ');

/** "3. Restart the app." lines of a model's answer, by number. */
export function parseNumbered(content: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const line of content.split(/\r?\n/)) {
    const m = /^\s*(?:\*\*)?(\d{1,4})(?:\*\*)?\s*[.)、:：](?:\*\*)?\s*(.+?)\s*$/u.exec(line);
    if (m && !out.has(Number(m[1]))) out.set(Number(m[1]), m[2]!);
  }
  return out;
}

export async function polishDraft(draft: Draft, config: PolishConfig, signal?: AbortSignal): Promise<PolishResult> {
  const url = completionsUrl(config.endpoint);
  const slots: Array<{ section: number; sentence: number; text: string }> = [];
  draft.sections.forEach((section, si) => {
    if (!POLISHED_KINDS.has(section.kind)) return;
    section.sentences.forEach((s, i) => slots.push({ section: si, sentence: i, text: s.text }));
  });
  if (slots.length === 0) return { draft, rewritten: 0, kept: 0 };
  const numbered = slots.map((s, i) => `${i + 1}. ${s.text}`).join('\n');
  const timeout = AbortSignal.timeout(config.timeoutMs ?? 120_000);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: config.model,
        temperature: 0,
        stream: false,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: numbered },
        ],
      }),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (signal?.aborted) throw new GleanerError('E_CANCELLED', 'Polishing was cancelled.');
    throw new GleanerError('E_NETWORK', `The local model at ${url.origin} did not answer: ${(error as Error).message}`);
  }
  if (!response.ok) throw new GleanerError('E_NETWORK', `The local model answered ${response.status} ${response.statusText}.`);
  const parsed = completionSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new GleanerError('E_PARSE', 'The local model did not answer in the chat-completions format.');
  const answers = parseNumbered(parsed.data.choices[0]!.message.content);

  let rewritten = 0;
  const sections = draft.sections.map((section) => ({ ...section, sentences: section.sentences.map((s) => ({ ...s, citations: [...s.citations] })) }));
  slots.forEach((slot, i) => {
    const answer = answers.get(i + 1)?.trim();
    const acceptable = answer && answer.length <= Math.max(40, slot.text.length * 3) && withoutPersonalData(answer) !== null;
    if (!acceptable || answer === slot.text) return;
    sections[slot.section]!.sentences[slot.sentence]!.text = answer;
    rewritten += 1;
  });
  return { draft: { ...draft, sections, polished: true }, rewritten, kept: slots.length - rewritten };
}
