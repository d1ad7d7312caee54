import type { CodeEntryInput } from '../schema';

export const codes5xx: CodeEntryInput[] = [];
