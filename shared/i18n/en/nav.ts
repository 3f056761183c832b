export default {
  insights: 'Insights',
  transcripts: 'Transcripts',
  drafts: 'Drafts',
  articles: 'Articles',
  review: 'Review',
  export: 'Export',
  settings: 'Settings',
  /** The native application menu. */
  menu: {
    file: 'File',
    newWorkspace: 'New Workspace…',
    openWorkspace: 'Open Workspace…',
    view: 'View',
    go: 'Go',
    palette: 'Command Palette…',
    about: 'About Gleaner',
  },
} as const;
