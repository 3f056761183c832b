import { z } from 'zod';
import { call } from '../define';
import { roleSchema } from '../../domain/lifecycle';
import { personSchema } from '../../domain/people';
import { auditEntrySchema, auditVerificationSchema } from '../../domain/audit';

const personName = z.string().trim().min(1).max(80);

export const peopleCalls = {
  'people:list': call(z.object({}), z.array(personSchema)),
  'people:create': call(z.object({ name: personName, role: roleSchema }), personSchema),
  'people:setRole': call(z.object({ id: z.string(), role: roleSchema }), personSchema),
  'people:rename': call(z.object({ id: z.string(), name: personName }), personSchema),
  'people:current': call(z.object({}), personSchema),
  'people:switch': call(z.object({ id: z.string() }), personSchema),
  'audit:list': call(z.object({ subjectId: z.string().optional() }), z.array(auditEntrySchema)),
  'audit:verify': call(z.object({}), auditVerificationSchema),
  'audit:csv': call(z.object({}), z.string()),
};
