import { GleanerError } from '../../../shared/errors';
import type { Role } from '../../../shared/domain/lifecycle';
import type { Person } from '../../../shared/domain/people';
import { can, mayCreateWithRole } from '../../../shared/domain/permissions';
import { appendAudit } from '../audit/log';
import { sqlString as sql } from '../util/sql';
import type { Workspace } from '../workspace/workspace';
import { createPerson, getPerson, listPeople } from './store';

const audit = (ws: Workspace, actor: Person, action: string, subject: Person, details: Record<string, unknown>) =>
  appendAudit(ws, { actorId: actor.id, actorName: actor.name, action, subjectKind: 'person', subjectId: subject.id, details });

/** A new profile, created by `actor`: only an admin may hand out the reviewer or admin role. */
export async function addPerson(ws: Workspace, actor: Person, name: string, role: Role): Promise<Person> {
  if (!mayCreateWithRole(actor.role, role)) {
    throw new GleanerError('E_FORBIDDEN', `Only an admin can create a profile with the ${role} role; ${actor.name} is ${actor.role}.`);
  }
  const person = await createPerson(ws, name, role);
  await audit(ws, actor, 'person_created', person, { name: person.name, role });
  return person;
}

/** Changes a profile's role (admins only); the workspace always keeps at least one admin. */
export async function changeRole(ws: Workspace, actor: Person, id: string, role: Role): Promise<Person> {
  if (!can(actor.role, 'manageProfiles')) throw new GleanerError('E_FORBIDDEN', `Only an admin can change roles; ${actor.name} is ${actor.role}.`);
  const person = await getPerson(ws, id);
  if (person.role === role) return person;
  if (person.role === 'admin' && (await listPeople(ws)).filter((p) => p.role === 'admin').length === 1) {
    throw new GleanerError('E_CONFLICT', `${person.name} is the only admin: make someone else admin first.`);
  }
  await (await ws.table('people')).update({ where: `id = ${sql(id)}`, values: { role } });
  await audit(ws, actor, 'person_role_changed', person, { from: person.role, to: role });
  return { ...person, role };
}

/** Renames a profile: one's own, or anyone's for an admin. Names stay unique. */
export async function renamePerson(ws: Workspace, actor: Person, id: string, name: string): Promise<Person> {
  if (actor.id !== id && !can(actor.role, 'manageProfiles')) throw new GleanerError('E_FORBIDDEN', `Only an admin can rename another profile.`);
  const person = await getPerson(ws, id);
  const trimmed = name.trim();
  if (trimmed === person.name) return person;
  if ((await listPeople(ws)).some((p) => p.id !== id && p.name.toLowerCase() === trimmed.toLowerCase())) {
    throw new GleanerError('E_CONFLICT', `A profile named "${trimmed}" already exists.`);
  }
  await (await ws.table('people')).update({ where: `id = ${sql(id)}`, values: { name: trimmed } });
  await audit(ws, actor, 'person_renamed', person, { from: person.name, to: trimmed });
  return { ...person, name: trimmed };
}
