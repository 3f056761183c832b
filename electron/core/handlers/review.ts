import type { Handlers } from './types';

export const reviewHandlers: Handlers<never> = {};
