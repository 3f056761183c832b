/** The transcripts screen. */
export default {
  subtitle: 'Every imported conversation, searchable',
  empty: {
    title: 'Import your first transcripts',
    body: 'CSV, JSON Lines, Twitter support threads or ABCD dialogues, in English or Chinese. Personal data is redacted on import, and importing the same file twice adds nothing.',
    commandLabel: 'Import from a terminal',
    steps: {
      export: 'Export conversations from your help desk or contact-center platform',
      import: 'Import the files; the import runs in the background',
      insights: 'Open Insights to see topics ranked by friction',
    },
  },
} as const;
