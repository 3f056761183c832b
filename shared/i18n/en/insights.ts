/** The insights screen. */
export default {
  subtitle: 'Where customers struggle, ranked by avoidable contacts',
  empty: {
    title: 'Import transcripts to see where customers struggle',
    body: 'Gleaner groups conversations into topics and ranks each by friction: escalations, repeat contacts and bad endings, with the reasons behind every score.',
    action: 'Import transcripts',
    steps: {
      import: 'Import chat, email or voice transcripts',
      topics: 'Topics are found on this computer',
      rank: 'Each topic is ranked by avoidable contacts',
    },
  },
} as const;
