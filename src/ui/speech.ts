// Read aloud with the browser's speech synthesis: each new passage once, cancelled by the next.

import type { Settings } from '../core/settings.ts';
import { currentLanguage, speechLang } from './language.ts';

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
  // the voice speaks the language on screen: the chosen voice if it does, else the browser's first that does
  u.lang = speechLang();
  const lang = currentLanguage();
  const speaks = (x: SpeechSynthesisVoice) => x.lang.toLowerCase().startsWith(lang);
  const v = voices().find((x) => x.name === s.voice && speaks(x)) ?? (s.voice || lang !== 'en' ? voices().find(speaks) : undefined);
  if (v) u.voice = v;
  sy.speak(u);
}

export function stopSpeaking(): void {
  synth()?.cancel();
}
