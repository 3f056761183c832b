import { auditCsv, readAudit, verifyAudit } from '../audit/log';
import { addPerson, changeRole, renamePerson } from '../people/manage';
import { getPerson, listPeople } from '../people/store';
import type { Handlers } from './types';

export const peopleHandlers: Handlers<
  'people:list' | 'people:create' | 'people:setRole' | 'people:rename' | 'people:current' | 'people:switch' | 'audit:list' | 'audit:verify' | 'audit:csv'
> = {
  'people:list': async (_input, core) => listPeople(core.requireWorkspace()),
  'people:create': async (input, core) => addPerson(core.requireWorkspace(), await core.currentPerson(), input.name, input.role),
  'people:setRole': async (input, core) => changeRole(core.requireWorkspace(), await core.currentPerson(), input.id, input.role),
  'people:rename': async (input, core) => renamePerson(core.requireWorkspace(), await core.currentPerson(), input.id, input.name),
  'people:current': async (_input, core) => core.currentPerson(),
  'people:switch': async (input, core) => {
    const ws = core.requireWorkspace();
    const person = await getPerson(ws, input.id);
    await core.appState.setCurrentPerson(ws.dir, person.id);
    return person;
  },
  'audit:list': async (input, core) => readAudit(core.requireWorkspace(), input),
  'audit:verify': async (_input, core) => verifyAudit(core.requireWorkspace()),
  'audit:csv': async (_input, core) => auditCsv(await readAudit(core.requireWorkspace())),
};
