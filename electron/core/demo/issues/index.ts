import { ACCOUNT_ISSUES } from './account';
import { BILLING_ISSUES } from './billing';
import { DEVICES_ISSUES } from './devices';
import { NETWORK_ISSUES } from './network';
import { ORDERS_ISSUES } from './orders';
import type { IssueTemplate } from './types';

export type { Bilingual, IssueGroup, IssueTemplate } from './types';

/**
 * The demo company's 25 support issues (Northwind Mobile: plans, devices, the app, billing,
 * deliveries), written for this project in English and Simplified Chinese.
 */
export const ISSUES: readonly IssueTemplate[] = [
  ...ACCOUNT_ISSUES,
  ...BILLING_ISSUES,
  ...ORDERS_ISSUES,
  ...NETWORK_ISSUES,
  ...DEVICES_ISSUES,
];
