import type { CodeEntryInput } from '../schema';

export const codes4xxExtensions: CodeEntryInput[] = [];
