/** Titles and empty states of the screens. */
export default {
  insights: {
    subtitle: 'Where customers struggle, ranked by avoidable contacts',
    emptyTitle: 'No conversations yet',
    emptyBody: 'Import support transcripts and Gleaner groups them into topics and ranks each by friction: escalations, repeat contacts, bad endings, and whether an article already covers it.',
    emptyAction: 'Import transcripts',
  },
  transcripts: {
    subtitle: 'Every imported conversation, searchable',
    emptyTitle: 'Import your first transcripts',
    emptyBody: 'Chat, email and voice transcripts from Zendesk, Intercom, Amazon Connect, CSV or JSON Lines. Personal data is redacted on import, and importing the same file twice adds nothing.',
    emptyAction: 'Import files',
  },
  drafts: {
    subtitle: 'Articles drafted from the conversations that worked',
    emptyTitle: 'No drafts yet',
    emptyBody: 'Open a friction topic in Insights and choose “Draft article”. Each sentence of a draft links to the conversation turn it came from.',
    emptyAction: 'Go to Insights',
  },
  articles: {
    subtitle: 'Your knowledge base',
    emptyTitle: 'No articles yet',
    emptyBody: 'Write an article, import a folder of Markdown or HTML files, or start from an AI draft.',
    emptyAction: 'New article',
  },
  review: {
    subtitle: 'Drafts waiting for a decision',
    emptyTitle: 'Nothing to review',
    emptyBody: 'When an author submits an article, it appears here with the AI original, the edits and the cited conversations side by side.',
    emptyAction: 'Go to Drafts',
  },
  export: {
    subtitle: 'Publish approved articles to your help center',
    emptyTitle: 'No approved articles to export',
    emptyBody: 'Approved articles can be exported as Markdown, a static help center, or to Zendesk, Intercom, Freshdesk and Salesforce.',
    emptyAction: 'Go to Review',
  },
} as const;
