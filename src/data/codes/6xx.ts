import type { CodeEntryInput } from '../schema';

export const codes6xx: CodeEntryInput[] = [];
