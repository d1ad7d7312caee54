/// <reference lib="webworker" />
/**
 * The trace explainer's worker: reads the pasted text or dropped file off the main thread and
 * posts progress, then the messages and their analysis.
 */
import type { Knowledge } from '../lib/trace/knowledge';
import { runTrace, type TraceInput } from '../lib/trace/run';

declare const self: DedicatedWorkerGlobalScope;

export interface WorkerRequest {
  job: number;
  input: TraceInput;
  knowledge: Knowledge;
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { job, input, knowledge } = event.data;
  let last = 0;
  const result = runTrace(input, knowledge, (fraction) => {
    const now = performance.now();
    if (now - last < 50) return;
    last = now;
    self.postMessage({ job, type: 'progress', fraction });
  });
  self.postMessage({ job, type: 'result', result });
};
