import { z } from 'zod';
import { call } from '../define';
import { jobSchema } from '../../domain/jobs';

export const jobCalls = {
  'jobs:list': call(z.object({}), z.array(jobSchema)),
  'jobs:start': call(z.object({ kind: z.enum(['workspace.compact', 'workspace.reindex']) }), jobSchema),
  'jobs:cancel': call(z.object({ id: z.string() }), z.object({ cancelled: z.boolean() })),
};
