import { toTranscript } from '../canonical';
import type { FormatParser } from '../types';

interface AbcdConversation {
  convo_id?: number | string;
  scenario?: { personal?: Record<string, unknown>; flow?: string; subflow?: string };
  original?: Array<[string, string]>;
}

const ROLE: Record<string, 'customer' | 'agent' | 'system'> = {
  customer: 'customer',
  agent: 'agent',
  action: 'system',
};

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

async function readAll(stream: AsyncIterable<unknown>): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk as string;
  return text;
}

/** ABCD (Action-Based Conversations Dataset): a JSON array, or an object of splits holding arrays. */
export const parseAbcd: FormatParser = async function* ({ file, text }) {
  let data: unknown;
  try {
    data = JSON.parse(await readAll(text()));
  } catch (error) {
    yield {
      error: {
        file,
        line: null,
        field: null,
        message: `malformed JSON: ${(error as Error).message}`,
      },
    };
    return;
  }
  const conversations: unknown[] = Array.isArray(data)
    ? data
    : Object.values(asObject(data)).flatMap((v) => (Array.isArray(v) ? v : []));
  for (const [index, raw] of conversations.entries()) {
    const convo = asObject(raw) as AbcdConversation;
    const scenario = asObject(convo.scenario) as NonNullable<AbcdConversation['scenario']>;
    const personal = asObject(scenario.personal);
    const result = toTranscript(
      {
        id:
          typeof convo.convo_id === 'string' || typeof convo.convo_id === 'number'
            ? String(convo.convo_id)
            : String(index),
        customer_id:
          typeof personal.email === 'string'
            ? personal.email
            : typeof personal.username === 'string'
              ? personal.username
              : null,
        channel: 'chat',
        language: 'en',
        turns: (Array.isArray(convo.original) ? convo.original : []).map((pair: unknown) => {
          const [speaker, utterance] = Array.isArray(pair) ? (pair as unknown[]) : [];
          return {
            role: (typeof speaker === 'string' && Object.hasOwn(ROLE, speaker) && ROLE[speaker]) || 'system',
            text: utterance,
          };
        }),
        metadata: {
          flow: scenario.flow,
          subflow: scenario.subflow,
          customer_name: personal.customer_name,
          member_level: personal.member_level,
        },
      },
      file,
      null,
    );
    yield 'error' in result
      ? {
          error: {
            ...result.error,
            line: index + 1,
            message: `conversation ${index + 1}: ${result.error.message}`,
          },
        }
      : { transcript: result.transcript, line: index + 1 };
  }
};
