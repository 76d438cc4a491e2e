// A worker thread of the story check: plays one slice of the seeded playthroughs and sends back what it found.
// Plain JavaScript so that it starts in any Node; it registers tsx to load the TypeScript checker.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { playRuns } = await import('./story-check-lib.ts');
parentPort?.postMessage(playRuns(workerData.json, workerData.slice));
