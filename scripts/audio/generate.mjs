// Rebuilds every music loop and sound effect in assets/audio/ from nothing (called by generate.sh).

import { mkdtempSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MUSIC, renderMusic } from './music.mjs';
import { SFX, renderSfx } from './sfx.mjs';
import { writeAll } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'assets', 'audio');
const only = process.argv.slice(2);
mkdirSync(out, { recursive: true });
if (only.length === 0) {
  for (const f of readdirSync(out)) if (/\.(ogg|mp3|wav)$/.test(f)) rmSync(join(out, f));
}
const work = mkdtempSync(join(tmpdir(), 'tp-audio-'));
const keepWav = process.env.KEEP_WAV === '1';

function build(name, render, opts) {
  if (only.length > 0 && !only.includes(name)) return;
  const t0 = Date.now();
  const buf = render(name);
  const wav = join(keepWav ? '/tmp' : work, `${name}.wav`);
  writeAll(buf, wav, join(out, name), opts);
  const kb = (f) => (statSync(join(out, `${name}.${f}`)).size / 1024).toFixed(0);
  console.log(`${name}: ${(buf.length / 22050).toFixed(2)} s, ogg ${kb('ogg')} KB, mp3 ${kb('mp3')} KB (${Date.now() - t0} ms)`);
}

try {
  for (const name of Object.keys(MUSIC)) build(name, renderMusic, { vorbisQ: 0, mp3Kbps: 24 });
  for (const name of Object.keys(SFX)) build(name, renderSfx, { vorbisQ: 2, mp3Kbps: 48 });
} finally {
  rmSync(work, { recursive: true, force: true });
}
let total = 0;
for (const f of readdirSync(out)) if (/\.(ogg|mp3)$/.test(f)) total += statSync(join(out, f)).size;
console.log(`total: ${(total / 1024).toFixed(0)} KB`);
