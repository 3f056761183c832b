import { z } from 'zod';
import { call } from '../define';
import { startupProblemSchema, workspaceInfoSchema, workspaceSummarySchema } from '../../domain/workspace';

const dirInput = z.object({ dir: z.string().min(1) });

export const workspaceCalls = {
  'workspace:list': call(z.object({}), z.array(workspaceSummarySchema)),
  'workspace:info': call(z.object({}), workspaceInfoSchema.nullable()),
  'workspace:create': call(dirInput.extend({ name: z.string().min(1).max(120).optional() }), workspaceInfoSchema),
  'workspace:open': call(dirInput, workspaceInfoSchema),
  'workspace:pickFolder': call(z.object({}), z.string().nullable()),
  'workspace:startupProblem': call(z.object({}), startupProblemSchema.nullable()),
};
