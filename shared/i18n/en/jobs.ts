export default {
  title: 'Jobs',
  empty:
    'No jobs yet. Imports, embedding, topic discovery and exports run here with progress and a cancel button.',
  running: 'Running',
  queued: 'Queued',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
  cancel: 'Cancel',
  eta: '{{time}} left',
  took: 'took {{time}}',
  progress: '{{done}} of {{total}}',
  runningSection: 'In progress',
  recentSection: 'Recent',
  phases: {
    compact: 'Compacting {{detail}}',
    count: 'Counting {{detail}}',
    done: 'Finishing',
    export: 'Exporting articles',
    plan: 'Planning the export',
  },
  kinds: {
    workspace_compact: 'Compact workspace',
    workspace_reindex: 'Re-index workspace',
    export_run: 'Export articles',
  },
} as const;
