import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { completionsUrl, parseNumbered, polishDraft } from '../../../../electron/core/drafts/polish';
import type { Draft } from '../../../../shared/domain/draft';

const DRAFT: Draft = {
  id: 'd1',
  topicId: 't1',
  title: 'App crashes on start',
  language: 'en',
  sections: [
    { kind: 'issue', sentences: [{ text: 'My app keeps crashing.', citations: [{ transcriptId: 'a', turn: 0 }] }] },
    { kind: 'environment', sentences: [{ text: 'Device: iPhone 14.', citations: [{ transcriptId: 'a', turn: 0 }] }] },
    {
      kind: 'resolution',
      sentences: [
        { text: 'Update the app from the App Store.', citations: [{ transcriptId: 'a', turn: 1 }, { transcriptId: 'b', turn: 1 }] },
        { text: 'Go to Settings > Storage and clear the app cache.', citations: [{ transcriptId: 'b', turn: 3 }] },
      ],
    },
    { kind: 'cause', sentences: [] },
  ],
  sourceTranscriptIds: ['a', 'b'],
  successCount: 2,
  confidence: 0.5,
};

type Reply = (body: { model: string; messages: Array<{ role: string; content: string }> }) => { status: number; json: unknown };
let server: Server | undefined;

async function fakeModel(reply: Reply): Promise<{ url: string; requests: Array<{ path: string; body: unknown }> }> {
  const requests: Array<{ path: string; body: unknown }> = [];
  server = createServer(async (req: IncomingMessage, res) => {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const body = JSON.parse(raw) as Parameters<Reply>[0];
    requests.push({ path: req.url ?? '', body });
    const { status, json } = reply(body);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const answer = (content: string) => ({ status: 200, json: { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] } });

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe('polish with a local LLM', () => {
  it('rewrites numbered sentences in place and keeps every citation', async () => {
    const { url, requests } = await fakeModel((body) => {
      const lines = body.messages.at(-1)!.content.split('\n');
      // Answer out of order, with chatter, as small models do.
      return answer(['Sure! Here you go:', lines[2]!.replace('Go to', 'Open'), '1. The app crashes every time it starts.', '2. Update the app in the App Store.'].join('\n'));
    });
    const result = await polishDraft(DRAFT, { endpoint: url, model: 'llama3.2' });
    expect(requests[0]!.path).toBe('/v1/chat/completions');
    expect((requests[0]!.body as { model: string }).model).toBe('llama3.2');
    expect((requests[0]!.body as { messages: Array<{ content: string }> }).messages.at(-1)!.content).toBe(
      '1. My app keeps crashing.\n2. Update the app from the App Store.\n3. Go to Settings > Storage and clear the app cache.',
    );
    expect(result.rewritten).toBe(3);
    expect(result.draft.polished).toBe(true);
    const texts = result.draft.sections.map((s) => s.sentences.map((x) => x.text));
    expect(texts).toEqual([
      ['The app crashes every time it starts.'],
      ['Device: iPhone 14.'],
      ['Update the app in the App Store.', 'Open Settings > Storage and clear the app cache.'],
      [],
    ]);
    expect(result.draft.sections.map((s) => s.sentences.map((x) => x.citations))).toEqual(DRAFT.sections.map((s) => s.sentences.map((x) => x.citations)));
    expect(DRAFT.sections[0]!.sentences[0]!.text).toBe('My app keeps crashing.');
  });

  it('keeps a sentence the model dropped or stuffed with personal data', async () => {
    const { url } = await fakeModel(() => answer('1. Email jane.doe@example.com about the crash.\n2. Update the app.'));
    const result = await polishDraft(DRAFT, { endpoint: url.replace('127.0.0.1', 'localhost') + '/v1', model: 'm' });
    expect(result.rewritten).toBe(1);
    expect(result.kept).toBe(2);
    expect(result.draft.sections[0]!.sentences[0]!.text).toBe('My app keeps crashing.');
    expect(JSON.stringify(result.draft)).not.toContain('jane.doe');
  });

  it('reports a failing or malformed server with a clear error', async () => {
    const failing = await fakeModel(() => ({ status: 500, json: { error: 'boom' } }));
    await expect(polishDraft(DRAFT, { endpoint: failing.url, model: 'm' })).rejects.toMatchObject({ code: 'E_NETWORK' });
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const malformed = await fakeModel(() => ({ status: 200, json: { nope: true } }));
    await expect(polishDraft(DRAFT, { endpoint: malformed.url, model: 'm' })).rejects.toMatchObject({ code: 'E_PARSE' });
  });

  it('talks only to this machine', () => {
    expect(completionsUrl('http://127.0.0.1:11434').href).toBe('http://127.0.0.1:11434/v1/chat/completions');
    expect(completionsUrl('http://localhost:8080/v1/').href).toBe('http://localhost:8080/v1/chat/completions');
    expect(completionsUrl('http://[::1]:11434').href).toBe('http://[::1]:11434/v1/chat/completions');
    expect(() => completionsUrl('https://api.openai.com')).toThrow(/this machine/);
    expect(() => completionsUrl('http://192.168.1.5:11434')).toThrow(/this machine/);
    expect(() => completionsUrl('file:///etc/passwd')).toThrow(/http/);
  });

  it('parses numbered answers leniently', () => {
    expect([...parseNumbered('1. a\n**2.** b\n3) c\n4、 d\n1. again')]).toEqual([[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd']]);
  });
});
