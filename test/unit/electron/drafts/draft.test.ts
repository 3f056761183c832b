import { describe, expect, it } from 'vitest';
import { draftSchema, successCriteriaSchema, type Draft } from '../../../../shared/domain/draft';
import { draftArticle } from '../../../../electron/core/drafts/draft';
import { conversationSentences } from '../../../../electron/core/drafts/sentences';
import type { DraftConversation } from '../../../../electron/core/drafts/types';
import { chineseConversations, englishConversations, lexicalEmbed } from './fixtures';

const section = (draft: Draft, kind: string) => draft.sections.find((s) => s.kind === kind)!.sentences.map((s) => s.text);

async function draftOf(conversations: DraftConversation[], extra: Partial<Parameters<typeof draftArticle>[0]> = {}): Promise<Draft> {
  const outcome = await draftArticle({ topicId: 't1', conversations, embed: lexicalEmbed, ...extra });
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.reason}`);
  return draftSchema.parse(outcome.draft);
}

/** Every citation points at an existing turn whose sentences include one that became the cited text. */
function expectTraceable(draft: Draft, conversations: DraftConversation[]): void {
  const byId = new Map(conversations.map((c) => [c.id, c]));
  for (const s of draft.sections.filter((x) => x.kind !== 'related').flatMap((x) => x.sentences)) {
    expect(s.citations.length).toBeGreaterThan(0);
    for (const c of s.citations) {
      const turn = byId.get(c.transcriptId)?.turns[c.turn];
      expect(turn, `${c.transcriptId}#${c.turn}`).toBeDefined();
      expect(draft.sourceTranscriptIds).toContain(c.transcriptId);
    }
  }
}

describe('draftArticle (English)', () => {
  it('drafts Issue, Environment and ordered, de-duplicated Resolution steps with citations', async () => {
    const conversations = englishConversations(12);
    const draft = await draftOf(conversations, { related: [{ articleId: 'a9', title: 'Reinstalling the app' }] });
    const steps = section(draft, 'resolution');
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/update the app/i);
    expect(steps[1]).toMatch(/restart/i);
    expect(steps[2]).toMatch(/cache/i);
    // Imperative, without greetings, names or empathy.
    for (const step of steps) expect(step).not.toMatch(/^(you can|please|i would)|dana|sorry|hello/i);
    expect(draft.title).toMatch(/crash/i);
    expect(draft.title).not.toMatch(/^hi\b|^hello\b/i);
    expect(section(draft, 'environment').join(' ')).toMatch(/iPhone 14/);
    expect(section(draft, 'environment').join(' ')).toMatch(/iOS 17/);
    expect(draft.sections.find((s) => s.kind === 'related')!.sentences).toEqual([{ text: 'Reinstalling the app', citations: [], articleId: 'a9' }]);
    expect(draft.successCount).toBe(12);
    expect(draft.sourceTranscriptIds).toHaveLength(12);
    expect(draft.language).toBe('en');
    expect(draft.confidence).toBeGreaterThan(0.5);
    expectTraceable(draft, conversations);
  });

  it('takes the title and the Issue from what the problem is, not from follow-ups that only refer back', async () => {
    const followUps = ['Following up from a few days ago, same problem', 'Hiya, I got in touch two days ago about this and it is still not sorted'];
    const conversations = englishConversations(8).map((c, i) => (i % 2 === 0 ? { ...c, turns: [{ role: 'customer' as const, text: followUps[(i / 2) % 2]! }, ...c.turns] } : c));
    const draft = await draftOf(conversations);
    expect(draft.title).toMatch(/crash/i);
    expect(section(draft, 'issue').join(' ')).not.toMatch(/following up|got in touch/i);
  });

  it('leaves out a sentence that leans on a question it dropped ("It is under Settings > About.")', async () => {
    const conversations = englishConversations(8).map((c) => ({
      ...c,
      turns: [c.turns[0]!, { role: 'agent' as const, text: 'Can you tell me the app version? It is under Settings > About.' }, ...c.turns.slice(1)],
    }));
    const steps = section(await draftOf(conversations), 'resolution');
    expect(steps.join(' ')).not.toMatch(/It is under/);
    expect(steps).toHaveLength(3);
  });

  it('cites the turn that said the step', async () => {
    const conversations = englishConversations(6);
    const draft = await draftOf(conversations);
    const cache = draft.sections.find((s) => s.kind === 'resolution')!.sentences.find((s) => /cache/i.test(s.text))!;
    for (const c of cache.citations) {
      const sentences = conversationSentences(conversations.find((x) => x.id === c.transcriptId)!).filter((s) => s.turn === c.turn);
      expect(sentences.some((s) => /cache/i.test(s.text))).toBe(true);
    }
  });

  it('uses only successful conversations and says how many', async () => {
    const good = englishConversations(4, 'good');
    const bad = englishConversations(5, 'bad').map((c) => ({ ...c, escalated: true }));
    const draft = await draftOf([...good, ...bad]);
    expect(draft.successCount).toBe(4);
    expect(draft.sourceTranscriptIds.every((id) => id.startsWith('good'))).toBe(true);
  });

  it('refuses with a reason when too few conversations succeeded', async () => {
    const conversations = englishConversations(5).map((c, i) => ({ ...c, repeatContact: i > 1 }));
    const outcome = await draftArticle({ topicId: 't1', conversations, embed: lexicalEmbed });
    expect(outcome).toEqual({
      ok: false,
      refusal: { topicId: 't1', reason: 'too_few_successful', successCount: 2, minimum: 3, rejected: { repeat_contact: 3 } },
    });
    const relaxed = await draftArticle({ topicId: 't1', conversations, embed: lexicalEmbed, criteria: successCriteriaSchema.parse({ minConversations: 2 }) });
    expect(relaxed.ok).toBe(true);
  });

  it('states the cause when agents give one', async () => {
    const conversations = englishConversations(6).map((c) => ({
      ...c,
      turns: [...c.turns.slice(0, 4), { role: 'agent' as const, text: 'The crash happens because of a corrupted cache after the last update.' }, ...c.turns.slice(4)],
    }));
    const draft = await draftOf(conversations);
    expect(section(draft, 'cause')).toEqual(['The crash happens because of a corrupted cache after the last update.']);
    expect(section(draft, 'resolution').join(' ')).not.toMatch(/because/);
  });
});

describe('draftArticle (Chinese)', () => {
  it('drafts in Chinese, cleaned and in order', async () => {
    const conversations = chineseConversations(9);
    const draft = await draftOf(conversations);
    expect(draft.language).toBe('zh-CN');
    const steps = section(draft, 'resolution');
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/更新/);
    expect(steps[1]).toMatch(/重启/);
    expect(steps[2]).toMatch(/缓存/);
    for (const step of steps) expect(step).not.toMatch(/^(您可以|请|建议您|您需要)|稍等|帮您查/);
    expect(draft.title).toMatch(/闪退|崩溃/);
    expect(section(draft, 'environment').join(' ')).toMatch(/Android 13/);
    expectTraceable(draft, conversations);
  });

  it('says a step once when agents word it in two ways that share little but the point (飞行模式), and keeps steps said together', async () => {
    const airplane = ['开启飞行模式十秒钟，然后再关掉。', '把飞行模式打开再关闭，让手机重新注册网络。'];
    const voice = ['在验证页面点击“语音接听验证码”。', '在验证码页面改选“语音电话获取”。'];
    const conversations: DraftConversation[] = Array.from({ length: 10 }, (_, i) => ({
      id: `zh-2fa-${i}`,
      language: 'zh-CN',
      turns: [
        { role: 'customer' as const, text: i % 2 ? '收不到短信验证码，登不进去' : '验证码短信一直没来' },
        { role: 'agent' as const, text: '在“设置 > 安全”里确认绑定的手机号是否正确。' },
        { role: 'agent' as const, text: airplane[i % 2]! },
        { role: 'agent' as const, text: voice[(i >> 1) % 2]! },
        { role: 'customer' as const, text: '收到了，谢谢' },
      ],
      resolved: true,
      escalated: false,
      repeatContact: false,
      csat: 5,
    }));
    const steps = section(await draftOf(conversations), 'resolution');
    expect(steps.filter((s) => s.includes('飞行模式'))).toHaveLength(1);
    expect(steps.filter((s) => s.includes('语音'))).toHaveLength(1);
    expect(steps.filter((s) => s.includes('手机号'))).toHaveLength(1);
    expect(steps).toHaveLength(3);
  });

  it('drafts from the majority language of a mixed topic', async () => {
    const draft = await draftOf([...chineseConversations(6), ...englishConversations(3)]);
    expect(draft.language).toBe('zh-CN');
    expect(draft.successCount).toBe(6);
  });
});
