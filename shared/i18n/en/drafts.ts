/** The drafts screen. */
export default {
  subtitle: 'Articles drafted from the conversations that worked',
  empty: {
    title: 'No drafts yet',
    body: 'Open a topic in Insights and choose “Draft article”. Drafts are written only from conversations that were resolved, and every sentence links to the turn it came from.',
    action: 'Go to Insights',
    steps: {
      topic: 'Pick a high-friction topic in Insights',
      draft: 'Draft an article from its resolved conversations',
      edit: 'Edit it, then send it for review',
    },
  },
} as const;
