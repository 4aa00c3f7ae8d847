/**
 * The shape of a CLI command and the flags every command shares. Each command
 * lives in commands/<name>.ts and is registered in commands/index.ts.
 */
import type { ParseArgsConfig } from 'node:util';

/** Where a command reads and writes; tests pass memory buffers. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal (progress is drawn in place). */
  stderrIsTty: boolean;
  /** Directory relative paths are resolved from. */
  cwd: string;
}

/** Parsed flags and positionals of one invocation. */
export interface CliArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** One subcommand. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage line(s) and description shown by `--help`. */
  help: string;
  /** Flags beyond the shared ones. */
  options?: NonNullable<ParseArgsConfig['options']>;
  /** Runs the command; resolves to the process exit code. */
  run: (args: CliArgs, io: CliIo) => Promise<number>;
}

/** Flags every command accepts (not all use each). */
export const SHARED_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  seed: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  debug: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** Help text for the shared flags, appended to each command's help. */
export const SHARED_HELP = `Shared flags:
  --json           print machine-readable JSON on stdout
  --seed <n>       seed for anything random (default 1)
  --format <fmt>   input format: json, csv, gexf, graphml (default: from the extension)
  --out, -o <path> where to write output
  --quiet, -q      no progress on stderr
  --debug          print stack traces of internal errors
  --help, -h       this help`;
