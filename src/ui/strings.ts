// Every label the interface shows, in the current language. The English is story/interface.json (the
// translators' tables hold the other languages, `ui.<path>`); templates there ({name}, plurals) become
// the functions below. Story words live in story/. The live room's words are live-strings.ts.

import EN from '../../story/interface.json' with { type: 'json' };
import { interfaceTexts, withTemplates } from './ui-text.ts';

const { tree, text, f } = interfaceTexts('ui', EN);

/** An interface text by its path in story/interface.json (`tools.saves`), in the current language. */
export const uiText = text;
const s = tree;

export const STRINGS = withTemplates(s, {
  /** words quoted, in the language's quotation marks (“…” in English, «…» in Russian) */
  quoted: (text: string) => f('quoted', { text }),
  welcome: withTemplates(s.welcome, {
    where: (place: string, date: string) => f('welcome.where', { place, date }),
  }),
  cast: withTemplates(s.cast, {
    age: (n: number) => f('cast.age', { n }),
    where: (city: string) => f('cast.where', { city }),
    knownFor: (things: readonly string[]) => f('cast.knownFor', { things: things.join(` ${s.cast.and} `) }),
  }),
  classroom: withTemplates(s.classroom, {
    minutes: (brief: number, play: number, debrief: number) =>
      f('classroom.minutes', { total: brief + play + debrief, brief, play, debrief }),
    leading: (text: string, n: number, total: number) => f('classroom.leading', { text, n, total }),
    classDiverged: (n: number, of: number) => f('classroom.classDiverged', { n, of }),
    handsFor: (group: string, option: string) => f('classroom.handsFor', { group, option }),
    bodyLeads: (text: string, n: number, cast: number) => f('classroom.bodyLeads', { text, n, cast }),
    bodyTie: (text: string) => f('classroom.bodyTie', { text }),
    advise: (who: string) => f('classroom.advise', { who }),
    cardSeats: (n: number, of: number) => f('classroom.cardSeats', { n, of }),
    cardAdvise: (who: string) => f('classroom.cardAdvise', { who }),
    sessionLabel: (name: string, episode: string, when: string) =>
      f('classroom.sessionLabel', { name: name || s.classroom.unnamed, episode, when }),
    verdictSection: (n: number, of: number) => f('classroom.verdictSection', { n, of }),
  }),
  debrief: withTemplates(s.debrief, {
    pictureDiverged: (n: number, of: number) => f('debrief.pictureDiverged', { n, of }),
  }),
  intro: withTemplates(s.intro, {
    who: (name: string, born: string) => f('intro.who', { name, born }),
  }),
});
