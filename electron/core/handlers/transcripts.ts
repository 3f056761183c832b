import { GleanerError } from '../../../shared/errors';
import { importReportSchema, type ImportReport } from '../../../shared/domain/ingest';
import { reportErrorsCsv } from '../ingest/import';
import { listPresets, savePreset } from '../ingest/presets';
import { previewFile } from '../ingest/preview';
import { getTranscript, listTranscripts, transcriptFacets } from '../transcripts/store';
import type { Workspace } from '../workspace/workspace';
import type { Handlers } from './types';

type Channels =
  | 'ingest:detect'
  | 'ingest:pickFiles'
  | 'ingest:start'
  | 'ingest:reports'
  | 'ingest:reportCsv'
  | 'ingest:presets'
  | 'ingest:savePreset'
  | 'transcripts:list'
  | 'transcripts:get'
  | 'transcripts:facets';

async function importReports(ws: Workspace): Promise<ImportReport[]> {
  const rows = (await (
    await ws.table('import_reports')
  )
    .query()
    .select(['json', 'started_at'])
    .toArray()) as Array<{ json: string; started_at: string }>;
  return rows
    .sort((a, b) => b.started_at.localeCompare(a.started_at))
    .map((row) => importReportSchema.parse(JSON.parse(row.json)));
}

export const transcriptHandlers: Handlers<Channels> = {
  'ingest:detect': async (input, core) => {
    core.requireWorkspace();
    return previewFile(input.path, input);
  },
  'ingest:pickFiles': async (_input, core) => (core.host.pickFiles ? core.host.pickFiles() : []),
  'ingest:start': async (input, core) =>
    core.jobs.start(core.requireWorkspace(), 'ingest.files', input).job,
  'ingest:reports': async (input, core) =>
    (await importReports(core.requireWorkspace())).slice(0, input.limit),
  'ingest:reportCsv': async (input, core) => {
    const report = (await importReports(core.requireWorkspace())).find((r) => r.id === input.id);
    if (!report) throw new GleanerError('E_NOT_FOUND', `No import report ${input.id}.`);
    return reportErrorsCsv(report);
  },
  'ingest:presets': async (_input, core) => listPresets(core.requireWorkspace()),
  'ingest:savePreset': async (input, core) => savePreset(core.requireWorkspace(), input),
  'transcripts:list': async (input, core) =>
    listTranscripts(core.requireWorkspace(), input.filter, input.offset, input.limit, input.locate),
  'transcripts:get': async (input, core) => getTranscript(core.requireWorkspace(), input.key),
  'transcripts:facets': async (_input, core) => transcriptFacets(core.requireWorkspace()),
};
