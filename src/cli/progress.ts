/**
 * A progress line on stderr for long work on large networks: redrawn in place
 * on a terminal, one line per step otherwise, nothing with --quiet.
 */
import type { CliIo } from './command';

/** Reports steps of a long task. */
export interface Progress {
  step: (label: string) => void;
  done: () => void;
}

/** A progress reporter; silent when `quiet`. */
export function progress(io: CliIo, quiet: boolean): Progress {
  if (quiet) return { step: () => undefined, done: () => undefined };
  const started = Date.now();
  let drawn = false;
  return {
    step(label) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (io.stderrIsTty) {
        io.stderr(`\r\x1b[K${label} (${seconds} s)`);
        drawn = true;
      } else {
        io.stderr(`${label} (${seconds} s)\n`);
      }
    },
    done() {
      if (drawn) io.stderr('\r\x1b[K');
    },
  };
}
