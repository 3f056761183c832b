import type { TableDef } from './table-def';
import { auditTable } from './tables/audit';
import { exportHistoryTable, exportMappingsTable } from './tables/exports';
import { jobsTable } from './tables/jobs';
import { peopleTable } from './tables/people';
import { reviewCommentsTable, reviewDecisionsTable } from './tables/review';
import { importReportsTable, transcriptsTable } from './tables/transcripts';

/** Every table of a workspace. A feature adds its TableDef here. */
export const TABLES: readonly TableDef[] = [jobsTable, transcriptsTable, importReportsTable, exportMappingsTable, exportHistoryTable, auditTable, peopleTable, reviewCommentsTable, reviewDecisionsTable];

export const WORKSPACE_FORMAT_VERSION = 1;
