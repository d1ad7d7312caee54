import type { CodeEntryInput } from '../schema';

export const codes4xxSession: CodeEntryInput[] = [];
