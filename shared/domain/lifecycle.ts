import { z } from 'zod';

/** An article's review lifecycle. */
export const LIFECYCLE_STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'needs_review', 'archived'] as const;
export const lifecycleStateSchema = z.enum(LIFECYCLE_STATES);
export type LifecycleState = z.infer<typeof lifecycleStateSchema>;

export const ROLES = ['author', 'reviewer', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const LIFECYCLE_ACTIONS = ['submit', 'request_changes', 'approve', 'publish', 'flag_for_review', 'archive', 'reopen'] as const;
export const lifecycleActionSchema = z.enum(LIFECYCLE_ACTIONS);
export type LifecycleAction = z.infer<typeof lifecycleActionSchema>;

/** KCS article states, shown beside the lifecycle. */
export type KcsState = 'work_in_progress' | 'not_validated' | 'validated' | 'archived';

export const kcsStateOf = (state: LifecycleState): KcsState => {
  switch (state) {
    case 'draft':
    case 'changes_requested':
      return 'work_in_progress';
    case 'in_review':
      return 'not_validated';
    case 'approved':
    case 'published':
    case 'needs_review':
      return 'validated';
    case 'archived':
      return 'archived';
  }
};

interface Transition {
  from: readonly LifecycleState[];
  to: LifecycleState;
  roles: readonly Role[];
}

/** Every legal move; anything not listed is illegal. */
export const TRANSITIONS: Readonly<Record<LifecycleAction, Transition>> = {
  submit: { from: ['draft', 'changes_requested', 'needs_review'], to: 'in_review', roles: ['author', 'reviewer', 'admin'] },
  request_changes: { from: ['in_review'], to: 'changes_requested', roles: ['reviewer', 'admin'] },
  approve: { from: ['in_review'], to: 'approved', roles: ['reviewer', 'admin'] },
  publish: { from: ['approved'], to: 'published', roles: ['reviewer', 'admin'] },
  flag_for_review: { from: ['published'], to: 'needs_review', roles: ['author', 'reviewer', 'admin'] },
  archive: { from: ['draft', 'changes_requested', 'approved', 'published', 'needs_review'], to: 'archived', roles: ['reviewer', 'admin'] },
  reopen: { from: ['archived'], to: 'draft', roles: ['admin'] },
};

export interface TransitionContext {
  role: Role;
  actorId: string;
  authorId: string;
  /** Setting: a reviewer other than the author must approve. */
  requireSeparateReviewer: boolean;
}

export type TransitionCheck = { ok: true; to: LifecycleState } | { ok: false; reason: 'illegal_from_state' | 'role' | 'own_article' };

export function checkTransition(state: LifecycleState, action: LifecycleAction, ctx: TransitionContext): TransitionCheck {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(state)) return { ok: false, reason: 'illegal_from_state' };
  if (!transition.roles.includes(ctx.role)) return { ok: false, reason: 'role' };
  if (action === 'approve' && ctx.requireSeparateReviewer && ctx.actorId === ctx.authorId) return { ok: false, reason: 'own_article' };
  return { ok: true, to: transition.to };
}

/** The actions a person may take now, for the UI's buttons. */
export const availableActions = (state: LifecycleState, ctx: TransitionContext): LifecycleAction[] =>
  LIFECYCLE_ACTIONS.filter((action) => checkTransition(state, action, ctx).ok);
