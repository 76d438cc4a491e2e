// Period instruments built from sox synth voices: piano, balalaika, accordion, brass, bell, drums.

import { sox, envelope, add, scale, SR } from './lib.mjs';

const r3 = (f) => Math.round(f * 1000) / 1000;

/** A soft upright piano: a plucked string for the hammer and two sine partials for the body. */
export function piano(f, dur) {
  const len = Math.min(4, dur + 1.2);
  const tau = 0.9 * (261 / f) ** 0.35;
  const body = add(
    scale(sox(len, ['pluck', r3(f)], ['lowpass', 2400]), 0.55),
    scale(sox(len, ['sine', r3(f)]), 0.45),
    scale(sox(len, ['sine', r3(2 * f)]), 0.12),
    scale(sox(len, ['sine', r3(3 * f)]), 0.04),
  );
  const env = envelope(body, 0.004, tau, 0.05);
  // Damper: notes shorter than their ring are released after dur.
  const stop = Math.round((dur + 0.25) * SR);
  for (let i = stop; i < env.length; i++) env[i] *= Math.max(0, 1 - (i - stop) / (0.25 * SR));
  return env;
}

/** A balalaika pluck: bright, short, thin. */
export function pluck(f, tau = 0.35) {
  return envelope(sox(1.2, ['pluck', r3(f)], ['highpass', 180, 'lowpass', 4000]), 0.002, tau, 0.05);
}

/** Balalaika tremolo: a long note is re-plucked several times a second. */
export function tremolo(f, dur, rate = 9) {
  const n = Math.max(1, Math.round(dur * rate));
  const out = new Float32Array(Math.round((dur + 0.6) * SR));
  for (let k = 0; k < n; k++) {
    const p = pluck(f, 0.12);
    const at = Math.round((k / rate) * SR);
    const g = k % 2 === 0 ? 1 : 0.8;
    for (let i = 0; i < p.length && at + i < out.length; i++) out[at + i] += p[i] * g;
  }
  return scale(out, 0.7);
}

/** Accordion: two slightly detuned reeds (square and sawtooth) give the musette beating. */
export function accordion(f, dur, bright = 1800) {
  const len = dur + 0.05;
  const reeds = add(
    scale(sox(len, ['square', r3(f)], ['lowpass', bright, 'lowpass', bright]), 0.5),
    scale(sox(len, ['sawtooth', r3(f * 1.0045)], ['lowpass', bright, 'lowpass', bright]), 0.5),
  );
  return envelope(reeds, 0.05, 0, 0.08);
}

/** Brass: a filtered sawtooth with a slow attack; cutoff follows the pitch. */
export function brass(f, dur, cutoff = 1600) {
  const len = dur + 0.3;
  const c = Math.min(cutoff, f * 5);
  const tone = add(scale(sox(len, ['sawtooth', r3(f)], ['lowpass', c, 'lowpass', c]), 0.6), scale(sox(len, ['sine', r3(f)]), 0.4));
  return envelope(tone, 0.09, dur > 1.5 ? 6 : 0, 0.25);
}

/** A church or hand bell: inharmonic partials with their own decays. */
export function bell(f, tau = 2.5, dur = 5) {
  const partials = [
    [0.5, 0.5, 1.4],
    [1, 1, 1],
    [1.19, 0.6, 0.8],
    [1.5, 0.4, 0.6],
    [2.0, 0.5, 0.5],
    [2.74, 0.25, 0.35],
    [3.76, 0.12, 0.25],
  ];
  return add(...partials.map(([m, g, t]) => scale(envelope(sox(dur, ['sine', r3(f * m)]), 0.002, tau * t, 0.1), g)));
}

/** Timpani: a falling sine with a felt thump. */
export function timpani(f) {
  return add(
    envelope(sox(2, ['sine', `${r3(f * 1.08)}:${r3(f)}`]), 0.004, 0.55, 0.1),
    scale(envelope(sox(0.2, ['brownnoise'], ['lowpass', 300]), 0.002, 0.04), 0.5),
  );
}

export function bassDrum() {
  return add(
    envelope(sox(0.6, ['sine', '95:48']), 0.002, 0.16, 0.05),
    scale(envelope(sox(0.1, ['brownnoise'], ['lowpass', 500]), 0.001, 0.02), 0.4),
  );
}

export function snare(accent = 1) {
  return scale(
    add(
      envelope(sox(0.25, ['whitenoise'], ['bandpass', 2200, '0.9q']), 0.001, 0.06),
      scale(envelope(sox(0.12, ['sine', 190]), 0.001, 0.03), 0.6),
    ),
    accent,
  );
}
