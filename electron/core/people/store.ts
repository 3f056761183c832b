import { randomUUID } from 'node:crypto';
import { GleanerError } from '../../../shared/errors';
import { personSchema, type Person } from '../../../shared/domain/people';
import type { Role } from '../../../shared/domain/lifecycle';
import type { Workspace } from '../workspace/workspace';

interface Row {
  id: string;
  name: string;
  role: string;
  created_at: string;
}

const fromRow = (row: Row): Person => personSchema.parse({ id: row.id, name: row.name, role: row.role, createdAt: row.created_at });

export async function listPeople(ws: Workspace): Promise<Person[]> {
  const rows = (await (await ws.table('people')).query().toArray()) as Row[];
  return rows.map(fromRow).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function createPerson(ws: Workspace, name: string, role: Role): Promise<Person> {
  const trimmed = name.trim();
  const people = await listPeople(ws);
  if (people.some((p) => p.name.toLowerCase() === trimmed.toLowerCase())) {
    throw new GleanerError('E_CONFLICT', `A profile named "${trimmed}" already exists.`);
  }
  const person: Person = { id: randomUUID(), name: trimmed, role, createdAt: new Date().toISOString() };
  await (await ws.table('people')).add([{ id: person.id, name: person.name, role: person.role, created_at: person.createdAt }]);
  return person;
}

export async function getPerson(ws: Workspace, id: string): Promise<Person> {
  const person = (await listPeople(ws)).find((p) => p.id === id);
  if (!person) throw new GleanerError('E_NOT_FOUND', `No profile with id ${id}.`);
  return person;
}

/** The profile acting now: the one chosen on this machine, else the first admin, else a new "Admin" profile. */
export async function resolveCurrentPerson(ws: Workspace, chosenId: string | null): Promise<Person> {
  const people = await listPeople(ws);
  const chosen = chosenId ? people.find((p) => p.id === chosenId) : undefined;
  if (chosen) return chosen;
  return people.find((p) => p.role === 'admin') ?? people[0] ?? createPerson(ws, 'Admin', 'admin');
}
