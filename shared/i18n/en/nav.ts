export default {
  insights: 'Insights',
  transcripts: 'Transcripts',
  drafts: 'Drafts',
  articles: 'Articles',
  review: 'Review',
  export: 'Export',
  settings: 'Settings',
} as const;
