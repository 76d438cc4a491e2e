// The eight music loops: each is composed here note by note, rendered with sox, and made seamless by wrapping tails.

import { Track, line, hz, loopFx, normalize, sox, envelope, add, scale } from './lib.mjs';
import { piano, pluck, tremolo, accordion, brass, bell, timpani, bassDrum, snare } from './instruments.mjs';

/** Places every note of a line with an instrument `(f, seconds) => buffer`. */
function play(track, text, bpm, inst, gain, offsetBeats = 0) {
  const spb = 60 / bpm;
  const { events, beats } = line(text);
  for (const e of events) {
    for (const f of e.notes) track.place(inst(f, e.beats * spb), (e.beat + offsetBeats) * spb, gain);
  }
  return beats;
}

/**
 * A held drone across the whole loop: the buffer is 2 s longer than the loop, fades in and out over 2 s,
 * and its wrapped tail cross-fades into its head. `cycles` whole swells per loop keep it seamless.
 */
function drone(track, buf, gain, cycles) {
  const L = track.length;
  const faded = envelope(buf, 2, 0, 2);
  for (let i = 0; i < faded.length; i++) {
    const j = i % L;
    track.data[j] += faded[i] * gain * (0.65 + 0.35 * Math.sin((2 * Math.PI * cycles * j) / L));
  }
}

function expectBeats(name, got, want) {
  if (Math.abs(got - want) > 1e-9) throw new Error(`${name}: line has ${got} beats, loop has ${want}`);
}

/** Chord tones as note names; used by the accompaniment patterns. */
const CH = {
  D: ['D3', 'A3', 'D4', 'F#4'],
  Bm: ['B2', 'F#3', 'B3', 'D4'],
  G: ['G2', 'D3', 'G3', 'B3'],
  A: ['A2', 'E3', 'A3', 'C#4'],
  Em: ['E2', 'B2', 'E3', 'G3'],
};

/** youth / calm: a solo upright piano in D major in a garden at Nikolayev. */
function youthCalm() {
  const bpm = 66;
  const beats = 32;
  const t = new Track((beats * 60) / bpm, true);
  const bars = ['D', 'Bm', 'G', 'A', 'Bm', 'G', 'Em', 'A'];
  const pattern = [0, 1, 2, 1, 3, 1, 2, 1];
  const lh = bars.map((c) => pattern.map((i) => `${CH[c][i]}:.5`).join(' ')).join(' ');
  expectBeats('youth-calm lh', play(t, lh, bpm, piano, 0.28), beats);
  const rh = `F#5:2 E5:1 D5:1  D5:1.5 C#5:.5 B4:2  B4:1 D5:1 G5:1.5 F#5:.5  E5:3 r:1
              F#5:1.5 G5:.5 F#5:1 D5:1  B4:2 D5:1 E5:1  G5:1.5 F#5:.5 E5:1 B4:1  C#5:2 E5:1 A4:1`;
  expectBeats('youth-calm rh', play(t, rh, bpm, piano, 0.5), beats);
  return loopFx(t.data, ['lowpass', 3200, 'reverb', 45, 50, 70]);
}

/** youth / hopeful: a balalaika tune in A minor with a strummed accompaniment. */
function youthHopeful() {
  const bpm = 100;
  const beats = 48;
  const spb = 60 / bpm;
  const t = new Track((beats * 60) / bpm, true);
  const chords = {
    Am: ['A2', 'E2', ['A3', 'C4', 'E4']],
    Dm: ['D3', 'A2', ['D4', 'F4', 'A3']],
    G: ['G2', 'D3', ['G3', 'B3', 'D4']],
    C: ['C3', 'G2', ['C4', 'E4', 'G3']],
    F: ['F2', 'C3', ['F3', 'A3', 'C4']],
    E: ['E2', 'B2', ['E3', 'G#3', 'B3']],
  };
  const bars = ['Am', 'Dm', 'G', 'C', 'F', 'Dm', 'E', 'E', 'Am', 'G', 'C', 'E'];
  bars.forEach((c, b) => {
    const [root, fifth, triad] = chords[c];
    const at = b * 4 * spb;
    t.place(pluck(hz(root), 0.45), at, 0.55);
    t.place(pluck(hz(fifth), 0.45), at + 2 * spb, 0.5);
    for (const beat of [1, 3]) {
      triad.forEach((n, k) => t.place(pluck(hz(n), 0.18), at + beat * spb + k * 0.018, 0.28));
    }
  });
  const melody = `A4:1 C5:1 E5:1.5 D5:.5  D5:1 F5:1 A5:2  G5:1.5 F5:.5 E5:1 D5:1  E5:2 C5:2
                  F5:1 A5:1 C6:1.5 A5:.5  A5:1 F5:1 D5:2  E5:1 G#5:1 B5:1 G#5:1  E5:3 r:1
                  C5:1 E5:1 A5:1.5 G5:.5  G5:1 D5:1 B4:2  C5:1 E5:1 G5:1.5 E5:.5  B4:1 D5:1 G#4:1 B4:1`;
  const bal = (f, s) => (s >= spb * 0.99 ? tremolo(f, s) : pluck(f, 0.3));
  expectBeats('youth-hopeful melody', play(t, melody, bpm, bal, 0.5), beats);
  return loopFx(t.data, ['lowpass', 3600, 'reverb', 35, 50, 60]);
}

/** youth / grim: prison and Siberian exile, a low reed drone, a sparse piano in D minor, a far bell. */
function youthGrim() {
  const bpm = 60;
  const beats = 30;
  const t = new Track(beats, true);
  drone(t, add(accordion(hz('D2'), beats + 2, 500), scale(accordion(hz('A2'), beats + 2, 500), 0.7)), 0.18, 4);
  const rh = `r:2 D5:2 F5:1 E5:1 D5:4  r:2 A4:2 C5:1 Bb4:1 A4:4  r:2 F4:2 G4:1 E4:1 D4:4`;
  expectBeats('youth-grim rh', play(t, rh, bpm, piano, 0.4), beats);
  const lh = `[D3,F3,A3]:10 [Bb2,F3,D4]:10 [A2,E3,C#4]:10`;
  play(t, lh, bpm, (f) => piano(f, 6), 0.2);
  t.place(bell(hz('D3'), 2.5, 6), 0.2, 0.1);
  t.place(bell(hz('D3'), 2.5, 6), 15.2, 0.08);
  return loopFx(t.data, ['lowpass', 2200, 'reverb', 70, 60, 90]);
}

/** emigre / calm: a café accordion waltz in G major (London, Vienna, Geneva). */
function emigreCalm() {
  const bpm = 108;
  const beats = 48;
  const spb = 60 / bpm;
  const t = new Track((beats * 60) / bpm, true);
  const chord = {
    G: ['G2', ['G3', 'B3', 'D4']],
    Em: ['E2', ['E3', 'G3', 'B3']],
    Am: ['A2', ['A3', 'C4', 'E4']],
    D: ['D3', ['D3', 'F#3', 'A3']],
    D7: ['D3', ['C4', 'F#3', 'A3']],
    G7: ['G2', ['F3', 'B3', 'D4']],
    C: ['C3', ['C4', 'E4', 'G3']],
    Cm: ['C3', ['C4', 'Eb4', 'G3']],
    E7: ['E2', ['D4', 'G#3', 'B3']],
    A7: ['A2', ['G3', 'C#4', 'E4']],
  };
  const bars = ['G', 'G', 'Em', 'Em', 'Am', 'D', 'D7', 'G', 'G', 'G7', 'C', 'Cm', 'G', 'E7', 'A7', 'D7'];
  bars.forEach((c, b) => {
    const [bass, triad] = chord[c];
    const at = b * 3 * spb;
    t.place(accordion(hz(bass), spb * 0.7, 700), at, 0.3);
    for (const beat of [1, 2]) for (const n of triad) t.place(accordion(hz(n), spb * 0.4, 1200), at + beat * spb, 0.09);
  });
  const melody = `B4:1 D5:1 G5:1  F#5:2 E5:1  E5:1 G5:1 B5:1  A5:2 G5:1  C5:1 E5:1 A5:1  G5:2 F#5:1  F#5:1 E5:1 C5:1  B4:3
                  B4:1 D5:1 G5:1  F5:2 D5:1  E5:1 G5:1 C6:1  Eb5:3  D5:1 B4:1 G4:1  G#4:2 B4:1  C#5:1 E5:1 G5:1  F#5:1.5 E5:.5 D5:1`;
  expectBeats(
    'emigre-calm melody',
    play(t, melody, bpm, (f, s) => accordion(f, s * 0.92, 2600), 0.22),
    beats,
  );
  return loopFx(t.data, ['lowpass', 3800, 'reverb', 30, 40, 50]);
}

/** emigre / tense: a creeping plucked ostinato in E minor over a low reed pad. */
function emigreTense() {
  const bpm = 96;
  const beats = 48;
  const spb = 60 / bpm;
  const t = new Track((beats * 60) / bpm, true);
  // Root and third of each bar's chord; the ostinato climbs root, fifth, octave.
  const bars = [
    ['E2', 3],
    ['E2', 3],
    ['C2', 4],
    ['B1', 4],
    ['E2', 3],
    ['E2', 3],
    ['A1', 3],
    ['B1', 4],
    ['C2', 4],
    ['A1', 3],
    ['F#1', 3],
    ['B1', 4],
  ];
  bars.forEach(([root, third], b) => {
    const r = hz(root);
    const steps = [0, 7, 12, 7, third, 7, 12, 7];
    steps.forEach((s, k) => t.place(pluck(r * 2 * 2 ** (s / 12), 0.25), (b * 4 + k * 0.5) * spb, k % 4 === 0 ? 0.5 : 0.35));
    if (b % 2 === 0) {
      t.place(accordion(r * 2, 8 * spb, 600), b * 4 * spb, 0.1);
      t.place(accordion(r * 2 * 2 ** (third / 12), 8 * spb, 600), b * 4 * spb, 0.06);
    }
  });
  const melody = `r:4  B4:1.5 C5:.5 B4:1 A#4:1  B4:3 G4:1  F#4:4  r:4  E5:1.5 F#5:.5 E5:1 D#5:1  E5:2 C5:2  B4:4
                  C5:2 E5:2  A4:2 C5:1 B4:1  A#4:2 C#5:1 E5:1  D#5:2 F#4:2`;
  const bal = (f, s) => (s >= spb * 1.99 ? tremolo(f, s, 8) : pluck(f, 0.3));
  expectBeats('emigre-tense melody', play(t, melody, bpm, bal, 0.42), beats);
  return loopFx(t.data, ['lowpass', 3000, 'reverb', 35, 50, 60]);
}

/** revolution / tense: a low brass drone, a timpani heartbeat, a slowly rising tremolo cluster. */
function revolutionTense() {
  const bpm = 72;
  const beats = 32;
  const spb = 60 / bpm;
  const t = new Track((beats * 60) / bpm, true);
  drone(t, add(brass(hz('D2'), beats * spb + 2, 350), scale(brass(hz('A2'), beats * spb + 2, 350), 0.6)), 0.22, 2);
  for (let b = 0; b < beats / 4; b++) {
    t.place(timpani(hz('D2')), b * 4 * spb, 0.55);
    t.place(timpani(hz('D2')), (b * 4 + 0.45) * spb, 0.3);
    t.place(timpani(hz('A1')), (b * 4 + 2) * spb, 0.4);
  }
  const strings = (f, s) => {
    const saw = sox(s + 0.4, ['sawtooth', Math.round(f * 1000) / 1000], ['lowpass', 1400, 'tremolo', 11, 70]);
    return envelope(saw, 0.6, 0, 0.5);
  };
  const cluster = `[D4,F4]:8 [Eb4,Gb4]:8 [E4,G4]:8 [Eb4,A4]:8`;
  expectBeats('revolution-tense cluster', play(t, cluster, bpm, strings, 0.07), beats);
  const horn = `r:16 D3:2 F3:1 E3:1 D3:3 r:1 A2:2 C3:1 Bb2:1 A2:3 r:1`;
  expectBeats(
    'revolution-tense horn',
    play(t, horn, bpm, (f, s) => brass(f, s, 900), 0.2),
    beats,
  );
  return loopFx(t.data, ['lowpass', 2400, 'reverb', 60, 50, 80]);
}

/** revolution / hopeful: a slow four-part brass chorale in F major. */
function revolutionHopeful() {
  const bpm = 60;
  const beats = 32;
  const t = new Track(beats, true);
  const chords = [
    ['F2', 'A3', 'C4', 'A4'],
    ['Bb2', 'F3', 'D4', 'Bb4'],
    ['F2', 'A3', 'F4', 'C5'],
    ['C3', 'G3', 'E4', 'C5'],
    ['D3', 'A3', 'F4', 'D5'],
    ['Bb2', 'F3', 'D4', 'Bb4'],
    ['C3', 'G3', 'E4', 'C5'],
    ['F2', 'A3', 'C4', 'A4'],
    ['F2', 'C4', 'F4', 'A4'],
    ['G2', 'D4', 'G4', 'Bb4'],
    ['A2', 'E4', 'A4', 'C5'],
    ['Bb2', 'F3', 'F4', 'D5'],
    ['A2', 'F3', 'F4', 'C5'],
    ['Bb2', 'G3', 'D4', 'Bb4'],
    ['C3', 'F3', 'C4', 'A4'],
    ['C3', 'E3', 'Bb3', 'G4'],
  ];
  const text = chords.map((c) => `[${c.join(',')}]:2`).join(' ');
  expectBeats(
    'revolution-hopeful',
    play(t, text, bpm, (f, s) => brass(f, s + 0.15, 1500), 0.13),
    beats,
  );
  return loopFx(t.data, ['lowpass', 2200, 'reverb', 65, 50, 90]);
}

/** revolution / triumph: a military band marching in the distance, in C major. */
function revolutionTriumph() {
  const bpm = 112;
  const beats = 48;
  const spb = 60 / bpm;
  const t = new Track((beats * 60) / bpm, true);
  const harm = {
    C: ['C2', 'G2', ['E3', 'G3', 'C4']],
    G: ['G1', 'D2', ['D3', 'G3', 'B3']],
    G7: ['G1', 'D2', ['D3', 'F3', 'B3']],
    F: ['F1', 'C2', ['C3', 'F3', 'A3']],
  };
  const bars = ['C', 'C', 'G', 'G7', 'G7', 'G7', 'C', 'C', 'C', 'C', 'F', 'F', 'C', 'C', 'G', 'G', 'C', 'C', 'F', 'F', 'C', 'G7', 'C', 'C'];
  bars.forEach((c, b) => {
    const [root, fifth, triad] = harm[c];
    const at = b * 2 * spb;
    t.place(brass(hz(root), spb * 0.6, 500), at, 0.35);
    t.place(brass(hz(fifth), spb * 0.6, 500), at + spb, 0.3);
    for (const off of [0.5, 1.5]) for (const n of triad) t.place(brass(hz(n), spb * 0.3, 1200), at + off * spb, 0.06);
    t.place(bassDrum(), at, 0.6);
    t.place(snare(1), at + spb, 0.35);
    t.place(snare(0.6), at + 1.5 * spb, 0.3);
    if (b % 4 === 3) t.place(snare(0.6), at + 1.75 * spb, 0.25);
  });
  const melody = `E5:1 G5:1  C6:1.5 G5:.5  F5:1 D5:1  B4:2  D5:1 F5:1  B5:1.5 G5:.5  E5:1 C5:1  C5:1 G4:1
                  E5:.5 E5:.5 G5:1  C6:2  A5:1 F5:1  C5:2  G5:1 E5:1  C5:1 E5:1  D5:1.5 E5:.5  D5:2
                  E5:1 G5:1  C6:1.5 G5:.5  A5:1 C6:1  A5:1 F5:1  G5:1 E5:1  D5:1 F5:1  E5:1 C5:1  C5:1 G4:1`;
  expectBeats(
    'revolution-triumph melody',
    play(t, melody, bpm, (f, s) => brass(f, s * 0.85, 2200), 0.22),
    beats,
  );
  // Far away: the highs are gone, the room is large, and a street echo follows.
  return loopFx(t.data, ['highpass', 90, 'lowpass', 1400, 'lowpass', 1400, 'reverb', 75, 60, 100, 100, 40]);
}

export const MUSIC = {
  'music-youth-calm': youthCalm,
  'music-youth-hopeful': youthHopeful,
  'music-youth-grim': youthGrim,
  'music-emigre-calm': emigreCalm,
  'music-emigre-tense': emigreTense,
  'music-revolution-tense': revolutionTense,
  'music-revolution-hopeful': revolutionHopeful,
  'music-revolution-triumph': revolutionTriumph,
};

/** Music sits quietly under reading: peaks at -6 dBFS, the player's volume slider does the rest. */
export function renderMusic(name) {
  return normalize(MUSIC[name](), -6);
}
