import type { TableDef } from './table-def';
import { articleVersionsTable } from './tables/article_versions';
import { articlesTable } from './tables/articles';
import { auditTable } from './tables/audit';
import { exportHistoryTable, exportIntentsTable, exportMappingsTable } from './tables/exports';
import { jobsTable } from './tables/jobs';
import { peopleTable } from './tables/people';
import { reviewCommentsTable, reviewDecisionsTable } from './tables/review';
import { reviewAssignmentsTable, reviewReadsTable } from './tables/review_queue';
import { importPresetsTable, importReportsTable, transcriptsTable } from './tables/transcripts';
import { topicAssignmentsTable } from './tables/topic_assignments';
import { topicEditsTable, topicRunsTable, topicsTable } from './tables/topics';
import { draftsTable } from './tables/drafts';

/** Every table of a workspace. A feature adds its TableDef here. */
export const TABLES: readonly TableDef[] = [jobsTable, transcriptsTable, importReportsTable, importPresetsTable, exportMappingsTable, exportIntentsTable, exportHistoryTable, auditTable, peopleTable, reviewCommentsTable, reviewDecisionsTable, reviewAssignmentsTable, reviewReadsTable, articlesTable, articleVersionsTable, topicsTable, topicAssignmentsTable, topicEditsTable, topicRunsTable, draftsTable];

export const WORKSPACE_FORMAT_VERSION = 1;
