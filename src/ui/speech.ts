// Read aloud with the browser's speech synthesis: each new passage once, cancelled by the next.

import type { Settings } from '../core/settings.ts';

const synth = (): SpeechSynthesis | null => ('speechSynthesis' in window ? window.speechSynthesis : null);

export function voices(): SpeechSynthesisVoice[] {
  return synth()?.getVoices() ?? [];
}

export function speak(texts: string[], s: Settings): void {
  const sy = synth();
  if (!sy || !s.readAloud || texts.length === 0) return;
  sy.cancel();
  const u = new SpeechSynthesisUtterance(texts.join(' '));
  u.rate = s.rate;
  const v = voices().find((x) => x.name === s.voice);
  if (v) u.voice = v;
  sy.speak(u);
}

export function stopSpeaking(): void {
  synth()?.cancel();
}
