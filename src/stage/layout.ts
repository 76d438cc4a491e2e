// The fixed poster frame every drawer shares: canvas size, horizon, floor line and bottom band.

export const W = 1280;
export const H = 720;
/** where the back wall meets the floor */
export const HORIZON = 470;
/** the line the people stand on */
export const FLOOR = 628;
/** the top of the ink band that carries the place name */
export const BAND = 660;
/** the timeline band below the print (its years come from story/chapter.json) */
export const TIMELINE = 110;
/** the whole canvas: the print and the timeline band */
export const CANVAS_H = H + TIMELINE;
