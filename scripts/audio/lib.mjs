// Shared helpers for the audio generator: sox-synthesised notes, a float mixing buffer, seamless-loop effects, encoding.

import { spawnSync } from 'node:child_process';

export const SR = 22050;

/** Runs a command, returning stdout as a Buffer; throws with stderr on failure. */
function run(cmd, args, input) {
  const res = spawnSync(cmd, args, { input, maxBuffer: 1 << 30 });
  if (res.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed: ${res.stderr ? res.stderr.toString() : res.error}`);
  }
  return res.stdout;
}

function toFloat(buf) {
  const copy = new Float32Array(buf.byteLength / 4);
  new Uint8Array(copy.buffer).set(buf);
  return copy;
}

function toBytes(f32) {
  return Buffer.from(f32.buffer, f32.byteOffset, f32.byteLength);
}

const RAW = ['-t', 'f32', '-r', String(SR), '-c', '1'];

const cache = new Map();

/**
 * One sound from sox's synth: `synthArgs` are the arguments after `synth <dur>` (e.g. ['pluck', 220]),
 * `effects` further sox effects. Repeatable mode (-R) makes noise and pluck deterministic.
 */
export function sox(dur, synthArgs, effects = []) {
  const key = JSON.stringify([dur, synthArgs, effects]);
  const hit = cache.get(key);
  if (hit) return hit;
  const args = ['-R', '-n', ...RAW, '-', 'synth', String(dur), ...synthArgs.map(String), ...effects.map(String)];
  const out = toFloat(run('sox', args));
  cache.set(key, out);
  return out;
}

/** Applies sox effects to a float buffer. */
export function fx(buf, effects) {
  if (effects.length === 0) return buf;
  return toFloat(run('sox', ['-R', ...RAW, '-', ...RAW, '-', ...effects.map(String)], toBytes(buf)));
}

/** Multiplies in place by an envelope: linear attack (s), then exponential decay with time constant tau (s), and a short release at the end. */
export function envelope(buf, attack, tau, release = 0.02) {
  const out = new Float32Array(buf.length);
  const a = Math.max(1, Math.round(attack * SR));
  const r = Math.max(1, Math.round(release * SR));
  for (let i = 0; i < buf.length; i++) {
    let g = i < a ? i / a : 1;
    if (tau > 0) g *= Math.exp(-i / SR / tau);
    const left = buf.length - i;
    if (left < r) g *= left / r;
    out[i] = buf[i] * g;
  }
  return out;
}

export function add(...bufs) {
  const n = Math.max(...bufs.map((b) => b.length));
  const out = new Float32Array(n);
  for (const b of bufs) for (let i = 0; i < b.length; i++) out[i] += b[i];
  return out;
}

export function scale(buf, g) {
  return buf.map((v) => v * g);
}

/** A mixing buffer `seconds` long; `loop` makes notes that run past the end wrap to the start (seamless music loops). */
export class Track {
  constructor(seconds, loop) {
    this.length = Math.round(seconds * SR);
    this.data = new Float32Array(this.length);
    this.loop = loop;
  }
  place(buf, atSeconds, gain = 1) {
    const start = Math.round(atSeconds * SR);
    for (let i = 0; i < buf.length; i++) {
      let j = start + i;
      if (this.loop) j %= this.length;
      else if (j >= this.length) break;
      if (j < 0) continue;
      this.data[j] += buf[i] * gain;
    }
  }
}

/**
 * Effects on a loop without a seam: renders three periods, applies the (time-invariant) effects,
 * keeps the middle period, where reverb tails from the previous period are already present.
 */
export function loopFx(buf, effects) {
  const n = buf.length;
  const triple = new Float32Array(n * 3);
  triple.set(buf, 0);
  triple.set(buf, n);
  triple.set(buf, 2 * n);
  const out = fx(triple, effects);
  return out.slice(n, 2 * n);
}

/** Scales so that the peak is at `peakDb` dBFS. */
export function normalize(buf, peakDb) {
  let peak = 0;
  for (const v of buf) peak = Math.max(peak, Math.abs(v));
  if (peak === 0) throw new Error('silent buffer');
  return scale(buf, 10 ** (peakDb / 20) / peak);
}

/** Short linear fades at both ends (for one-shot effects). */
export function fadeEnds(buf, inS, outS) {
  const out = buf.slice();
  const a = Math.round(inS * SR);
  const b = Math.round(outS * SR);
  for (let i = 0; i < a && i < out.length; i++) out[i] *= i / a;
  for (let i = 0; i < b && i < out.length; i++) out[out.length - 1 - i] *= i / b;
  return out;
}

/** Writes a 16-bit WAV, then encodes Ogg Vorbis and MP3 next to `outBase` (path without extension). */
export function writeAll(buf, wavPath, outBase, { vorbisQ = 0, mp3Kbps = 40 } = {}) {
  run('sox', ['-R', ...RAW, '-', '-b', '16', '-D', wavPath], toBytes(buf));
  const common = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-i',
    wavPath,
    '-map_metadata',
    '-1',
    '-fflags',
    '+bitexact',
    '-flags',
    '+bitexact',
  ];
  run('ffmpeg', [...common, '-c:a', 'libvorbis', '-q:a', String(vorbisQ), `${outBase}.ogg`]);
  run('ffmpeg', [...common, '-c:a', 'libmp3lame', '-b:a', `${mp3Kbps}k`, '-id3v2_version', '0', '-write_xing', '1', `${outBase}.mp3`]);
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOTE = { C: -9, D: -7, E: -5, F: -4, G: -2, A: 0, B: 2 };

/** Frequency of a note name such as 'A4', 'F#3', 'Bb2'. */
export function hz(name) {
  const m = /^([A-G])([#b]?)(-?\d)$/.exec(name);
  if (!m) throw new Error(`bad note ${name}`);
  const semis = NOTE[m[1]] + (m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0) + (Number(m[3]) - 4) * 12;
  return 440 * 2 ** (semis / 12);
}

/**
 * Parses a line such as "D4:1 F#4:.5 r:.5 [D3,A3]:2" into events {notes, beat, beats}; 'r' is a rest,
 * [..] a chord. Returns the events and the total length in beats.
 */
export function line(text) {
  const events = [];
  let beat = 0;
  for (const tok of text.trim().split(/\s+/)) {
    const [what, len] = tok.split(':');
    const beats = Number(len);
    if (!Number.isFinite(beats)) throw new Error(`bad token ${tok}`);
    if (what !== 'r') {
      const names = what.startsWith('[') ? what.slice(1, -1).split(',') : [what];
      events.push({ notes: names.map(hz), beat, beats });
    }
    beat += beats;
  }
  return { events, beats: beat };
}
