// The student's page (join.html): the live room on a phone. Loads no Phaser, no music, no story; only the
// live part of its language's table (the browser's language on first visit, then the one picked here).

import './ui/live.css';
import { phoneLanguage, usePhoneLanguage } from './ui/live-language.ts';
import { mountPhone } from './ui/live-student.ts';

const root = document.getElementById('live');
if (root) {
  await usePhoneLanguage(phoneLanguage(), false);
  mountPhone(root, location.origin);
}
