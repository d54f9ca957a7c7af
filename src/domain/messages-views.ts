import type { Lang } from './format-number';

/**
 * The words of the chart views, the comparison and the audit, in both languages. Part of the one message
 * catalogue (messages.ts spreads it in), kept apart because the views are many and change together.
 */
export const VIEW_MESSAGES = {
} as const satisfies Record<string, Record<Lang, string>>;
