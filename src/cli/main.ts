/**
 * The `partnermap` executable: the only place that touches `process`.
 */
import { run } from './run';
import { terminalSafe } from './terminal-safe';

run(process.argv.slice(2), {
  // Only a terminal needs protecting; piped output (JSON, SVG) stays byte-exact.
  stdout: (text) => void process.stdout.write(process.stdout.isTTY === true ? terminalSafe(text) : text),
  stderr: (text) => void process.stderr.write(process.stderr.isTTY === true ? terminalSafe(text) : text),
  stderrIsTty: process.stderr.isTTY === true,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`partnermap: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
