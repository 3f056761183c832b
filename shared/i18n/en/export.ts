/** The export screen. */
export default {
  subtitle: 'Publish approved articles to your help center',
  empty: {
    title: 'No approved articles to export',
    body: 'Approved articles can be exported as Markdown or a static help center, or published to Zendesk, Intercom, Freshdesk and Salesforce. Nothing leaves this computer until you export.',
    action: 'Go to Review',
    steps: {
      approve: 'Approve articles in Review',
      target: 'Choose a format or a help center',
      publish: 'Export; later runs update what changed',
    },
  },
} as const;
