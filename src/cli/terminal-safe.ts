/**
 * Text bound for a terminal carries partner names from users' files. A name
 * holding escape sequences could otherwise clear the screen, retitle the
 * window or hide output: control characters are removed before anything is
 * printed, except line breaks, tabs and the progress line's own redraw.
 */

const PROGRESS_REDRAW = '\r\x1b[K';
// C0 controls but tab and line feed, DEL, and C1 controls.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` without control characters (the progress redraw sequence is kept). */
export function terminalSafe(text: string): string {
  return text
    .split(PROGRESS_REDRAW)
    .map((part) => part.replace(CONTROLS, ''))
    .join(PROGRESS_REDRAW);
}
