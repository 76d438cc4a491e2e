// The student's page (join.html): the live room on a phone. Loads no Phaser, no music, no story.

import './ui/live.css';
import { mountPhone } from './ui/live-student.ts';

const root = document.getElementById('live');
if (root) mountPhone(root, location.origin);
