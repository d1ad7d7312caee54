/**
 * A worker thread of the HTML test: validates the files it is given with html-validate and posts
 * back one line per message. Runs on Node's own TypeScript support (erasable syntax only).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const { files, limit } = workerData as { files: [string, string][]; limit: number };
const validator = new HtmlValidate(new FileSystemConfigLoader());
const errors: string[] = [];
for (const [path, file] of files) {
  const report = await validator.validateFile(file);
  for (const result of report.results) {
    for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  if (errors.length > limit) break;
}
parentPort!.postMessage(errors);
