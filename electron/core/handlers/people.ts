import { auditCsv, readAudit, verifyChain } from '../audit/log';
import { createPerson, getPerson, listPeople } from '../people/store';
import type { Handlers } from './types';

export const peopleHandlers: Handlers<
  'people:list' | 'people:create' | 'people:current' | 'people:switch' | 'audit:list' | 'audit:verify' | 'audit:csv'
> = {
  'people:list': async (_input, core) => listPeople(core.requireWorkspace()),
  'people:create': async (input, core) => createPerson(core.requireWorkspace(), input.name, input.role),
  'people:current': async (_input, core) => core.currentPerson(),
  'people:switch': async (input, core) => {
    const ws = core.requireWorkspace();
    const person = await getPerson(ws, input.id);
    await core.appState.setCurrentPerson(ws.dir, person.id);
    return person;
  },
  'audit:list': async (input, core) => readAudit(core.requireWorkspace(), input),
  'audit:verify': async (_input, core) => verifyChain(await readAudit(core.requireWorkspace())),
  'audit:csv': async (_input, core) => auditCsv(await readAudit(core.requireWorkspace())),
};
