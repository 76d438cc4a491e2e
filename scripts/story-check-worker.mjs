// A worker thread of the story check: started before the story compiles, it loads the ink runtime (and
// tsx, to read the TypeScript), then plays the slice of seeded playthroughs it is sent and answers.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { playRuns } = await import('./story-check-play.ts');
parentPort?.once('message', ({ json, slice }) => parentPort?.postMessage(playRuns(json, slice)));
