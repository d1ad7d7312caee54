import type { CodeEntryInput } from '../schema';

export const codes1xx: CodeEntryInput[] = [];
