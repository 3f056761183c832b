/** The review screen. */
export default {
  subtitle: 'Articles waiting for a decision',
  empty: {
    title: 'Nothing to review',
    body: 'When an author submits an article, it appears here with the original draft, the edits and the cited conversations side by side.',
    action: 'Go to Drafts',
    steps: {
      submit: 'Authors submit drafts for review',
      compare: 'Compare the edits with the evidence',
      decide: 'Approve, or send back with comments',
    },
  },
} as const;
