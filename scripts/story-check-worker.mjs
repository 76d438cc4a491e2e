// A worker thread of the story check: started before the story compiles, it loads the ink runtime (and
// tsx, to read the TypeScript); then it builds the Story once and plays each slice of seeded
// playthroughs it is sent, answering each with what it found.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { player } = await import('./story-check-play.ts');
let play = null;
parentPort?.on('message', ({ json, slice }) => {
  if (json) play = player(json);
  if (slice && play) parentPort?.postMessage(play(slice));
});
