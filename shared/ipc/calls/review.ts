/** Review and approval: lifecycle transitions, decisions with the KCS checklist, comments, the queue, the dashboard. */
export const reviewCalls = {};
