import { TRANSITIONS, type LifecycleState, type Role } from './lifecycle';

/**
 * What each role may do beyond the lifecycle's transitions. Profiles are not accounts (anyone at the machine can
 * switch), so these guard against mistakes and keep every act attributable in the audit log, not against an attacker.
 */
export const PERMISSIONS = {
  /** Running an export publishes the approved articles it sends, so it takes the lifecycle's publish roles. */
  export: TRANSITIONS.publish.roles,
  exportUnapproved: ['admin'],
  manageProfiles: ['admin'],
  deleteReviewed: ['reviewer', 'admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export const can = (role: Role, permission: Permission): boolean => (PERMISSIONS[permission] as readonly Role[]).includes(role);

/** States whose text a reviewer has seen: deleting such an article takes `deleteReviewed`. */
const REVIEWED: ReadonlySet<LifecycleState> = new Set(['approved', 'published', 'needs_review', 'archived']);
export const mayDelete = (role: Role, state: LifecycleState): boolean => !REVIEWED.has(state) || can(role, 'deleteReviewed');

/** A profile may be created with a role above author only by an admin (the first profile of a workspace is made by the app). */
export const mayCreateWithRole = (actorRole: Role, role: Role): boolean => role === 'author' || can(actorRole, 'manageProfiles');

export type ExportRefusal = 'role' | 'unapproved';

/** Why this role may not run a (non-dry) export, or null when it may. */
export function exportRefusalOf(role: Role, includeUnapproved: boolean): ExportRefusal | null {
  if (!can(role, 'export')) return 'role';
  if (includeUnapproved && !can(role, 'exportUnapproved')) return 'unapproved';
  return null;
}

/** The refusal as a message for logs and the CLI, or null when `person` may run it (a dry run only reads). */
export function exportRefusal(person: { name: string; role: Role }, run: { dryRun: boolean; includeUnapproved: boolean }): string | null {
  const refusal = run.dryRun ? null : exportRefusalOf(person.role, run.includeUnapproved);
  if (refusal === 'role') return `Only a reviewer or an admin can export (exporting publishes); ${person.name} is ${person.role}.`;
  if (refusal === 'unapproved') return `Only an admin can export articles that are not approved; ${person.name} is ${person.role}.`;
  return null;
}
