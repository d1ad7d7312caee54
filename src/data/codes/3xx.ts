import type { CodeEntryInput } from '../schema';

export const codes3xx: CodeEntryInput[] = [];
