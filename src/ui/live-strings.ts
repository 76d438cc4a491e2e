// The live room's interface words, for the student's phone and the teacher's live panel, in the current
// language. The English is the `live` part of story/interface.json (ids `ui.live.<path>`); only that part
// is imported here (a module of its own, scripts/vite-plugin-i18n.ts), so the phone's page (join.html) does not carry the whole game's labels.

import EN from 'virtual:interface/live';
import { interfaceTexts, withTemplates } from './ui-text.ts';

/** the most seats a room has (src/core/live.ts) */
const MAX_SEATS = 40;

const { tree, f } = interfaceTexts('ui.live', EN);

export const LIVE = withTemplates(tree, {
  youAre: (faction: string, n: number) => f('youAre', { faction, n }),
  yourVote: (option: string) => f('yourVote', { option }),
  classChose: (title: string, winner: string) => f('classChose', { title, winner }),
  noDecision: (title: string) => f('noDecision', { title }),
  timeLeft: (s: number) => f('timeLeft', { time: `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}` }),
  panelTitle: (episode: string) => f('panelTitle', { episode }),
  seats: (n: number) => f('seats', { n, max: MAX_SEATS }),
  seatLabel: (faction: string, n: number) => f('seatLabel', { faction, n }),
  newSeat: (id: string) => f('newSeat', { id }),
  voted: (n: number, of: number) => f('voted', { n, of }),
  factionRow: (faction: string, got: number, of: number) => f('factionRow', { faction, got, of }),
  seatsFor: (option: string, seats: number) => f('seatsFor', { option, seats }),
  votesFor: (option: string, votes: number) => f('votesFor', { option, votes }),
});
