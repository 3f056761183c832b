import { parse } from 'csv-parse';
import type { Turn } from '../../../../shared/domain/transcript';
import { toTranscript } from '../canonical';
import { parseInstant } from '../columns';
import type { FormatParser } from '../types';

interface Tweet {
  id: string;
  author: string;
  inbound: boolean;
  at: string | null;
  text: string;
  parent: string | null;
  line: number;
}

const tweetId = (value: string | undefined): string | null => {
  const v = (value ?? '').trim();
  return v ? String(Math.trunc(Number(v))) : null;
};

/**
 * "Customer Support on Twitter" (Kaggle twcs): tweets linked by in_response_to_tweet_id are rebuilt into
 * threads, one conversation per thread root; the inbound author is the customer, the company the agent.
 * Only \n ends a record: some tweets hold a bare \r.
 */
export const parseTwcs: FormatParser = async function* ({ file, text }) {
  const tweets = new Map<string, Tweet>();
  const parser = text().pipe(
    parse({
      bom: true,
      columns: true,
      record_delimiter: '\n',
      relax_column_count: true,
      info: true,
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      const id = tweetId(record.tweet_id);
      if (!id) {
        yield { error: { file, line: info.lines, field: 'tweet_id', message: 'missing tweet_id' } };
        continue;
      }
      tweets.set(id, {
        id,
        author: (record.author_id ?? '').trim(),
        inbound: (record.inbound ?? '').trim().toLowerCase() === 'true',
        at: parseInstant(record.created_at ?? ''),
        text: record.text ?? '',
        parent: tweetId(record.in_response_to_tweet_id),
        line: info.lines,
      });
    }
  } catch (error) {
    yield {
      error: {
        file,
        line: null,
        field: null,
        message: `CSV could not be parsed further: ${(error as Error).message}`,
      },
    };
  }

  const children = new Map<string, Tweet[]>();
  const roots: Tweet[] = [];
  for (const tweet of tweets.values()) {
    if (tweet.parent && tweets.has(tweet.parent))
      children.set(tweet.parent, [...(children.get(tweet.parent) ?? []), tweet]);
    else roots.push(tweet);
  }
  for (const root of roots) {
    const thread: Tweet[] = [];
    const stack = [root];
    while (stack.length > 0) {
      const tweet = stack.pop()!;
      thread.push(tweet);
      stack.push(...(children.get(tweet.id) ?? []));
    }
    thread.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? '') || Number(a.id) - Number(b.id));
    const turns: Turn[] = thread.map((t) => ({
      role: t.inbound ? 'customer' : 'agent',
      text: t.text,
      at: t.at,
    }));
    const company = thread.find((t) => !t.inbound)?.author ?? null;
    const customer = thread.find((t) => t.inbound)?.author ?? null;
    const result = toTranscript(
      {
        id: root.id,
        customer_id: customer,
        channel: 'twitter',
        started_at: thread[0]?.at ?? null,
        ended_at: thread[thread.length - 1]?.at ?? null,
        turns,
        metadata: { company, orphan: root.parent !== null },
      },
      file,
      root.line,
    );
    yield 'error' in result ? result : { transcript: result.transcript, line: root.line };
  }
};
