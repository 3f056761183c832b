import type { TableDef } from './table-def';
import { jobsTable } from './tables/jobs';

/** Every table of a workspace. A feature adds its TableDef here. */
export const TABLES: readonly TableDef[] = [jobsTable];

export const WORKSPACE_FORMAT_VERSION = 1;
