/**
 * The `partnermap` executable: the only place that touches `process`.
 */
import { run } from './run';

run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
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
