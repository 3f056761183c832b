/** The screens of the navigation rail, in order (renderer/src/app/routes.tsx). */
export const ROUTE_IDS = ['insights', 'transcripts', 'drafts', 'articles', 'review', 'export', 'settings'] as const;
