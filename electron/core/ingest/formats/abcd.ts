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
    : Object.values(data as Record<string, unknown>).flatMap((v) => (Array.isArray(v) ? v : []));
  for (const [index, raw] of conversations.entries()) {
    const convo = raw as AbcdConversation;
    const personal = convo.scenario?.personal ?? {};
    const result = toTranscript(
      {
        id: String(convo.convo_id ?? index),
        customer_id:
          typeof personal.email === 'string'
            ? personal.email
            : typeof personal.username === 'string'
              ? personal.username
              : null,
        channel: 'chat',
        language: 'en',
        turns: (convo.original ?? []).map(([speaker, utterance]) => ({
          role: ROLE[speaker] ?? 'system',
          text: utterance,
        })),
        metadata: {
          flow: convo.scenario?.flow,
          subflow: convo.scenario?.subflow,
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
