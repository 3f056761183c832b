import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeArticles } from '../../../../electron/core/articles/delete';
import { createArticle, getArticle, setArticleState } from '../../../../electron/core/articles/store';
import { readAudit, verifyAudit } from '../../../../electron/core/audit/log';
import { addPerson, changeRole, renamePerson } from '../../../../electron/core/people/manage';
import { createPerson, listPeople } from '../../../../electron/core/people/store';
import { Workspace } from '../../../../electron/core/workspace/workspace';
import type { Person } from '../../../../shared/domain/people';
import { exportRefusal } from '../../../../shared/domain/permissions';

describe('who may do what', () => {
  let dir: string;
  let ws: Workspace;
  let admin: Person;
  let author: Person;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gleaner-people-'));
    ws = await Workspace.create(dir);
    admin = await createPerson(ws, 'Admin', 'admin');
    author = await addPerson(ws, admin, 'Ann', 'author');
  });
  afterEach(async () => {
    ws.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lets only an admin hand out the reviewer and admin roles, and records every change', async () => {
    await expect(addPerson(ws, author, 'Mallory', 'admin')).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    await expect(addPerson(ws, author, 'Mallory', 'reviewer')).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    const self = await addPerson(ws, author, 'Bo', 'author');
    expect(self.role).toBe('author');
    await expect(changeRole(ws, author, author.id, 'admin')).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    expect(await changeRole(ws, admin, author.id, 'reviewer')).toMatchObject({ id: author.id, role: 'reviewer' });
    expect((await listPeople(ws)).find((p) => p.id === author.id)?.role).toBe('reviewer');
    const actions = (await readAudit(ws)).map((e) => [e.action, e.actorName, e.details]);
    expect(actions).toEqual([
      ['person_created', 'Admin', { name: 'Ann', role: 'author' }],
      ['person_created', 'Ann', { name: 'Bo', role: 'author' }],
      ['person_role_changed', 'Admin', { from: 'author', to: 'reviewer' }],
    ]);
  });

  it('keeps at least one admin', async () => {
    await expect(changeRole(ws, admin, admin.id, 'author')).rejects.toMatchObject({ code: 'E_CONFLICT', message: expect.stringContaining('only admin') });
    await changeRole(ws, admin, author.id, 'admin');
    expect(await changeRole(ws, admin, admin.id, 'author')).toMatchObject({ role: 'author' });
  });

  it('renames one’s own profile; only an admin renames others; names stay unique', async () => {
    expect(await renamePerson(ws, author, author.id, ' Ann Lee ')).toMatchObject({ name: 'Ann Lee' });
    await expect(renamePerson(ws, author, admin.id, 'Boss')).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    await expect(renamePerson(ws, admin, author.id, 'admin')).rejects.toMatchObject({ code: 'E_CONFLICT' });
    expect((await readAudit(ws)).at(-1)).toMatchObject({ action: 'person_renamed', details: { from: 'Ann', to: 'Ann Lee' } });
  });

  it('refuses an export that publishes unless a reviewer or an admin runs it', () => {
    expect(exportRefusal(author, { dryRun: true, includeUnapproved: true })).toBeNull();
    expect(exportRefusal(author, { dryRun: false, includeUnapproved: false })).toMatch(/reviewer or an admin/);
    expect(exportRefusal({ name: 'Wei', role: 'reviewer' }, { dryRun: false, includeUnapproved: false })).toBeNull();
    expect(exportRefusal({ name: 'Wei', role: 'reviewer' }, { dryRun: false, includeUnapproved: true })).toMatch(/not approved/);
    expect(exportRefusal(admin, { dryRun: false, includeUnapproved: true })).toBeNull();
  });

  it('deletes on record, and only a reviewer or an admin deletes reviewed articles (all or nothing)', async () => {
    const draft = await createArticle(ws, { title: 'Draft' }, author);
    const approved = await createArticle(ws, { title: 'Approved' }, author);
    await setArticleState(ws, approved.id, 'approved', admin);
    await expect(removeArticles(ws, [draft.id, approved.id], author)).rejects.toMatchObject({ code: 'E_FORBIDDEN', message: expect.stringContaining('"Approved"') });
    expect((await getArticle(ws, draft.id)).id).toBe(draft.id);
    expect(await removeArticles(ws, [draft.id], author)).toBe(1);
    expect(await removeArticles(ws, [approved.id], admin)).toBe(1);
    const deletes = (await readAudit(ws)).filter((e) => e.action === 'article_deleted');
    expect(deletes.map((e) => [e.actorName, e.subjectId, e.details['title'], e.details['state']])).toEqual([
      ['Ann', draft.id, 'Draft', 'draft'],
      ['Admin', approved.id, 'Approved', 'approved'],
    ]);
    expect((await verifyAudit(ws)).ok).toBe(true);
  });
});
