import type { Readable } from 'node:stream';
import type { RowError } from '../../../../shared/domain/ingest';
import { toTranscript } from '../canonical';
import type { FormatParser } from '../types';
import { readJsonRecords } from './json-documents';

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

/** Each conversation with its place in the file (from 0), streamed; a fault in the JSON ends them with its error. */
async function* conversationsOf(
  text: () => Readable,
  file: string,
): AsyncGenerator<{ index: number; raw: unknown } | { error: RowError }> {
  for await (const batch of readJsonRecords(text, file, { arrays: 'all' })) {
    if ('error' in batch) yield batch;
    else for (const [offset, raw] of batch.records.entries()) yield { index: batch.line - 1 + offset, raw };
  }
}

/** ABCD (Action-Based Conversations Dataset): a JSON array, or an object of splits holding arrays. */
export const parseAbcd: FormatParser = async function* ({ file, text }) {
  for await (const item of conversationsOf(text, file)) {
    if ('error' in item) {
      yield item;
      continue;
    }
    const { index, raw } = item;
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
