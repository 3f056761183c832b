import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LIFECYCLE_ACTIONS,
  ROLES,
  checkTransition,
  kcsStateOf,
  type LifecycleState,
} from '../../../../shared/domain/lifecycle';

const LEGAL = new Set([
  'draft>in_review',
  'changes_requested>in_review',
  'needs_review>in_review',
  'in_review>changes_requested',
  'in_review>approved',
  'approved>published',
  'published>needs_review',
  'draft>archived',
  'changes_requested>archived',
  'approved>archived',
  'published>archived',
  'needs_review>archived',
  'archived>draft',
]);

describe('article lifecycle', () => {
  it('never reaches a state through an edge outside the documented graph, whatever the sequence of actions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ action: fc.constantFrom(...LIFECYCLE_ACTIONS), role: fc.constantFrom(...ROLES), self: fc.boolean() }), { maxLength: 40 }),
        fc.boolean(),
        (steps, separate) => {
          let state: LifecycleState = 'draft';
          for (const step of steps) {
            const check = checkTransition(state, step.action, { role: step.role, actorId: step.self ? 'ann' : 'bob', authorId: 'ann', requireSeparateReviewer: separate });
            if (!check.ok) continue;
            expect(LEGAL.has(`${state}>${check.to}`)).toBe(true);
            if (step.action === 'approve') {
              expect(step.role).not.toBe('author');
              if (separate) expect(step.self).toBe(false);
            }
            state = check.to;
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses an author approving their own article when a separate reviewer is required', () => {
    expect(checkTransition('in_review', 'approve', { role: 'reviewer', actorId: 'ann', authorId: 'ann', requireSeparateReviewer: true })).toEqual({ ok: false, reason: 'own_article' });
    expect(checkTransition('in_review', 'approve', { role: 'reviewer', actorId: 'ann', authorId: 'ann', requireSeparateReviewer: false })).toEqual({ ok: true, to: 'approved' });
    expect(checkTransition('in_review', 'approve', { role: 'author', actorId: 'bob', authorId: 'ann', requireSeparateReviewer: false })).toEqual({ ok: false, reason: 'role' });
    expect(checkTransition('draft', 'publish', { role: 'admin', actorId: 'bob', authorId: 'ann', requireSeparateReviewer: false })).toEqual({ ok: false, reason: 'illegal_from_state' });
  });

  it('maps lifecycle states to KCS states', () => {
    expect(kcsStateOf('draft')).toBe('work_in_progress');
    expect(kcsStateOf('in_review')).toBe('not_validated');
    expect(kcsStateOf('published')).toBe('validated');
    expect(kcsStateOf('archived')).toBe('archived');
  });
});
