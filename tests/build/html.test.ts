import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, fileFor, requireBuild } from '../support/dist';

beforeAll(requireBuild);

describe('HTML', () => {
  it('every built page validates (html-validate recommended + document rules)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const path of allPages()) {
      const report = await validator.validateFile(fileFor(path));
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
      if (errors.length > 20) break;
    }
    expect(errors).toEqual([]);
  }, 600_000);
});
