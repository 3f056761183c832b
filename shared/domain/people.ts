import { z } from 'zod';
import { roleSchema } from './lifecycle';

export const personSchema = z.object({
  id: z.string(),
  name: z.string().min(1).max(80),
  role: roleSchema,
  createdAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;
