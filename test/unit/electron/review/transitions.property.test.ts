import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArticle, getArticle } from '../../../../electron/core/articles/store';
import { readAudit, verifyChain } from '../../../../electron/core/audit/log';
import { createPerson } from '../../../../electron/core/people/store';
import { decide, transitionArticle } from '../../../../electron/core/review/transition';
import { Workspace } from '../../../../electron/core/workspace/workspace';
import { LIFECYCLE_ACTIONS, TRANSITIONS, checkTransition } from '../../../../shared/domain/lifecycle';

const ALL = { title_customer_words: true, actionable_steps: true, environment_stated: true, no_personal_data: true, links_work: true };

describe('review transitions through the store', () => {
  it('moves an article only along legal edges for the acting role, audits every move and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom(...LIFECYCLE_ACTIONS)), { minLength: 4, maxLength: 14 }), async (steps) => {
        const dir = await mkdtemp(join(tmpdir(), 'gleaner-review-prop-'));
        const ws = await Workspace.create(dir);
        try {
          const people = [await createPerson(ws, 'Ana', 'author'), await createPerson(ws, 'Wei', 'reviewer'), await createPerson(ws, 'Ada', 'admin')];
          const author = people[0]!;
          let article = await createArticle(ws, { title: 'Walk' }, author, 'ai_draft');
          let moves = 0;
          for (const [who, action] of steps) {
            const actor = people[who]!;
            const expected = checkTransition(article.state, action, { role: actor.role, actorId: actor.id, authorId: author.id, requireSeparateReviewer: true });
            const attempt =
              action === 'approve' || action === 'request_changes'
                ? decide(ws, actor, { articleId: article.id, baseVersion: article.version, decision: action, reason: 'because', checklist: ALL }).then((r) => r.article)
                : transitionArticle(ws, actor, { articleId: article.id, action, baseVersion: article.version, reviewerId: people[1]!.id });
            const result = await attempt.then(
              (next) => ({ ok: true as const, next }),
              (error: { code?: string }) => ({ ok: false as const, code: error.code }),
            );
            expect(result.ok).toBe(expected.ok);
            if (result.ok) {
              expect(result.next.state).toBe(TRANSITIONS[action].to);
              moves += 1;
              article = result.next;
            } else {
              expect(['E_FORBIDDEN', 'E_CONFLICT']).toContain(result.code);
              expect((await getArticle(ws, article.id)).state).toBe(article.state);
            }
          }
          const audit = await readAudit(ws);
          expect(audit).toHaveLength(moves);
          expect(verifyChain(audit).ok).toBe(true);
        } finally {
          ws.close();
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});
