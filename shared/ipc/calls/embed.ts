import { z } from 'zod';
import { call } from '../define';
import { jobSchema } from '../../domain/jobs';
import { embedStatusSchema, embedWorkspaceParamsSchema, modelInfoSchema } from '../../domain/embed';

export const embedCalls = {
  'embed:status': call(z.object({}), embedStatusSchema),
  'embed:models': call(z.object({}), z.array(modelInfoSchema)),
  /** Copies a model folder in (validated first); with `activate`, starts re-embedding with it. */
  'embed:importModel': call(
    z.object({ dir: z.string().min(1).max(4096), activate: z.boolean().default(true) }),
    z.object({ id: z.string(), job: jobSchema.nullable() }),
  ),
  /** Re-embeds the workspace as a job; the model becomes active when the job completes. */
  'embed:start': call(embedWorkspaceParamsSchema, jobSchema),
  /** Downloads a catalogue model as a job; refused unless the user allowed downloads. */
  'embed:download': call(z.object({ id: z.string().min(1).max(200) }), jobSchema),
};
