// The short sound effects: each is built from sox noise and tones, placed with a seeded random generator.

import { Track, sox, fx, envelope, add, scale, normalize, fadeEnds, rng, SR } from './lib.mjs';
import { bell } from './instruments.mjs';

const r3 = (f) => Math.round(f * 1000) / 1000;

/** A murmuring hall that breaks into applause. */
function crowd() {
  const t = new Track(3.5, false);
  const rand = rng(11);
  // Murmur: several voice-band noises with slow, uneven swells.
  for (let v = 0; v < 6; v++) {
    const centre = 300 + rand() * 700;
    const voice = sox(3.5, ['pinknoise'], ['bandpass', Math.round(centre), '3q', 'tremolo', (2 + rand() * 3).toFixed(2), 60]);
    t.place(voice, 0, 0.25);
  }
  // Applause: many short hand claps, thickening then thinning.
  const claps = [0, 1, 2, 3].map((k) => envelope(sox(0.05, ['whitenoise'], ['bandpass', 1200 + k * 400, '1.2q']), 0.001, 0.012, 0.005));
  for (let i = 0; i < 420; i++) {
    const at = 1.0 + 2.4 * Math.sqrt(rand());
    const density = Math.sin((Math.PI * (at - 1.0)) / 2.5);
    if (rand() > density) continue;
    t.place(claps[i % 4], at, 0.35 + rand() * 0.4);
  }
  return fadeEnds(fx(t.data, ['reverb', 40, 50, 70]), 0.3, 0.6);
}

/** A steam locomotive pulling away: chuffs, a rail clack and a whistle. */
function train() {
  const t = new Track(4, false);
  const chuff = envelope(sox(0.35, ['brownnoise'], ['bandpass', 500, '0.7q', 'highpass', 150]), 0.02, 0.09, 0.05);
  const hiss = envelope(sox(0.25, ['whitenoise'], ['highpass', 3000]), 0.01, 0.05, 0.05);
  let at = 0.05;
  let gap = 0.42;
  let k = 0;
  while (at < 3.8) {
    t.place(chuff, at, k % 4 === 0 ? 1 : 0.75);
    t.place(hiss, at + 0.05, 0.12);
    at += gap;
    gap = Math.max(0.24, gap * 0.95);
    k++;
  }
  const clack = envelope(sox(0.08, ['whitenoise'], ['bandpass', 2500, '3q']), 0.001, 0.015);
  for (const c of [0.9, 1.05, 2.2, 2.35, 3.3, 3.45]) t.place(clack, c, 0.3);
  // A two-note steam whistle, chord of a third, slightly wavering.
  const whistle = add(
    sox(1.3, ['sine', 587], ['tremolo', 6, 15]),
    sox(1.3, ['sine', 740], ['tremolo', 6.5, 15]),
    scale(sox(1.3, ['pinknoise'], ['bandpass', 660, '8q']), 0.8),
  );
  t.place(envelope(whistle, 0.08, 0, 0.3), 0.3, 0.22);
  return fadeEnds(fx(t.data, ['reverb', 30]), 0.05, 0.8);
}

/** A flatbed printing press: the platen thumps, the frame clacks, the sheet hisses. */
function press() {
  const t = new Track(3, false);
  const thump = add(
    envelope(sox(0.3, ['sine', '110:55']), 0.002, 0.06),
    scale(envelope(sox(0.1, ['brownnoise'], ['lowpass', 400]), 0.001, 0.03), 0.5),
  );
  const clack = add(
    envelope(sox(0.15, ['whitenoise'], ['bandpass', 3000, '2q']), 0.001, 0.02),
    scale(envelope(sox(0.2, ['square', 1320], ['lowpass', 3000]), 0.001, 0.03), 0.15),
  );
  const sheet = envelope(sox(0.3, ['pinknoise'], ['highpass', 2000]), 0.1, 0, 0.15);
  for (let k = 0; k < 5; k++) {
    const at = 0.05 + k * 0.58;
    t.place(thump, at, 0.9);
    t.place(clack, at + 0.22, 0.5);
    t.place(clack, at + 0.3, 0.3);
    t.place(sheet, at + 0.32, 0.12);
  }
  return fadeEnds(fx(t.data, ['reverb', 20]), 0.01, 0.3);
}

/** Three knocks on a wooden door. */
function knock() {
  const t = new Track(1.4, false);
  const hit = (g) =>
    scale(
      add(
        envelope(sox(0.25, ['sine', 170]), 0.001, 0.045),
        scale(envelope(sox(0.25, ['sine', 410]), 0.001, 0.02), 0.5),
        scale(envelope(sox(0.06, ['brownnoise'], ['lowpass', 1800]), 0.0005, 0.008), 0.7),
      ),
      g,
    );
  t.place(hit(1), 0.05, 1);
  t.place(hit(0.9), 0.33, 1);
  t.place(hit(1), 0.61, 1);
  return fadeEnds(fx(t.data, ['reverb', 15, 50, 40]), 0.002, 0.2);
}

/** The chairman's hand bell, rung three times. */
function gavel() {
  const t = new Track(2.2, false);
  const ring = bell(1240, 0.7, 1.8);
  for (const [at, g] of [
    [0.02, 1],
    [0.22, 0.8],
    [0.42, 0.9],
  ])
    t.place(ring, at, g);
  return fadeEnds(fx(t.data, ['highpass', 300, 'reverb', 30]), 0.002, 0.4);
}

/** A heavy iron prison door slamming, with the lock thrown. */
function door() {
  const t = new Track(3, false);
  const partials = [82, 131, 197, 263, 371, 509, 707];
  const clang = add(
    ...partials.map((f, k) => scale(envelope(sox(2.8, ['sine', f]), 0.002, 1.1 / (1 + k * 0.4)), 1 / (1 + k * 0.5))),
    scale(envelope(sox(0.15, ['brownnoise'], ['lowpass', 900]), 0.001, 0.03), 1.5),
  );
  t.place(clang, 0.02, 0.5);
  const click = add(
    envelope(sox(0.05, ['whitenoise'], ['bandpass', 2800, '4q']), 0.0005, 0.008),
    scale(envelope(sox(0.15, ['sine', 1650]), 0.001, 0.02), 0.3),
  );
  t.place(click, 1.1, 0.5);
  t.place(click, 1.22, 0.4);
  return fadeEnds(fx(t.data, ['reverb', 70, 50, 100]), 0.001, 0.5);
}

/** Sleigh bells shaken in rhythm, a horse trotting in snow. */
function sleigh() {
  const t = new Track(3.2, false);
  const rand = rng(7);
  const jingle = [0, 1, 2, 3, 4].map((k) => {
    const f = 2600 + k * 370;
    return add(
      envelope(sox(0.4, ['sine', r3(f)]), 0.001, 0.07),
      scale(envelope(sox(0.4, ['sine', r3(f * 2.32)]), 0.001, 0.04), 0.5),
      scale(envelope(sox(0.03, ['whitenoise'], ['highpass', 4000]), 0.0005, 0.005), 0.3),
    );
  });
  for (let beat = 0; beat < 6; beat++) {
    const at = 0.1 + beat * 0.5;
    for (let i = 0; i < 12; i++) t.place(jingle[Math.floor(rand() * 5)], at + rand() * 0.12, 0.12 + rand() * 0.1);
  }
  const crunch = envelope(sox(0.12, ['brownnoise'], ['bandpass', 900, '1q']), 0.01, 0.04);
  for (let k = 0; k < 12; k++) t.place(crunch, 0.05 + k * 0.25 + (k % 2) * 0.04, 0.5);
  return fadeEnds(fx(t.data, ['reverb', 25]), 0.05, 0.6);
}

/** A telegraph sounder clicking Morse (the armature clicks down and clacks up). */
function telegraph() {
  const t = new Track(2.6, false);
  const down = add(
    envelope(sox(0.06, ['whitenoise'], ['bandpass', 2000, '3q']), 0.0005, 0.006),
    scale(envelope(sox(0.1, ['sine', 900]), 0.0005, 0.012), 0.4),
  );
  const up = add(
    envelope(sox(0.06, ['whitenoise'], ['bandpass', 3200, '3q']), 0.0005, 0.005),
    scale(envelope(sox(0.1, ['sine', 1400]), 0.0005, 0.01), 0.3),
  );
  const unit = 0.075;
  // "ISKRA": .. ... -.- .-. .-
  const morse = ['..', '...', '-.-', '.-.', '.-'];
  let at = 0.05;
  for (const letter of morse) {
    for (const sym of letter) {
      const len = sym === '.' ? unit : 3 * unit;
      t.place(down, at, 0.8);
      t.place(up, at + len, 0.6);
      at += len + unit;
    }
    at += 2 * unit;
  }
  return fadeEnds(fx(t.data, ['reverb', 15]), 0.002, 0.2);
}

/** Boots on a stone floor, five steps. */
function footsteps() {
  const t = new Track(3, false);
  const heel = add(
    envelope(sox(0.1, ['brownnoise'], ['bandpass', 350, '1q']), 0.001, 0.02),
    scale(envelope(sox(0.06, ['whitenoise'], ['bandpass', 2500, '2q']), 0.0005, 0.006), 0.3),
  );
  const toe = envelope(sox(0.08, ['pinknoise'], ['bandpass', 1200, '1.5q']), 0.002, 0.018);
  for (let k = 0; k < 5; k++) {
    const at = 0.1 + k * 0.56;
    const g = 0.6 + 0.4 * (k / 4);
    t.place(heel, at, g);
    t.place(toe, at + 0.07, g * 0.4);
  }
  return fadeEnds(fx(t.data, ['reverb', 45, 50, 60]), 0.01, 0.3);
}

/** A cold wind rising and falling, with a thin whistle. */
function wind() {
  const t = new Track(4, false);
  const n = t.length;
  const body = sox(4, ['brownnoise'], ['lowpass', 900, 'highpass', 80]);
  const whistle = sox(4, ['pinknoise'], ['bandpass', 750, '12q']);
  for (let i = 0; i < n; i++) {
    const x = i / n;
    const swell = Math.sin(Math.PI * x) ** 1.5 * (0.75 + 0.25 * Math.sin(2 * Math.PI * 3 * x));
    t.data[i] = (body[i] * 0.8 + whistle[i] * 1.5 * Math.sin(Math.PI * x) ** 3) * swell;
  }
  return t.data;
}

/** One rifle shot far off across the city: dull, with a long echo. Kept quiet. */
function shot() {
  const t = new Track(2, false);
  t.place(
    add(envelope(sox(0.2, ['whitenoise'], ['lowpass', 700]), 0.0005, 0.03), scale(envelope(sox(0.3, ['sine', '90:50']), 0.001, 0.06), 0.6)),
    0.02,
    1,
  );
  return fadeEnds(fx(t.data, ['reverb', 90, 50, 100, 100, 60]), 0.001, 0.6);
}

export const SFX = {
  'sfx-crowd': [crowd, -4],
  'sfx-train': [train, -4],
  'sfx-press': [press, -5],
  'sfx-knock': [knock, -3],
  'sfx-gavel': [gavel, -10],
  'sfx-door': [door, -4],
  'sfx-sleigh': [sleigh, -6],
  'sfx-telegraph': [telegraph, -6],
  'sfx-footsteps': [footsteps, -5],
  'sfx-wind': [wind, -8],
  'sfx-shot': [shot, -14],
};

export function renderSfx(name) {
  const [make, peakDb] = SFX[name];
  return normalize(make(), peakDb);
}

export { SR };
