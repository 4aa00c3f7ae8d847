/**
 * The CLI dispatcher: finds the command, parses flags, runs it, and turns
 * errors into messages and exit codes (0 ok, 1 problems in the data or the
 * work, 2 a mistake in the call). User errors never print a stack trace.
 */
import { parseArgs } from 'node:util';
import { isPartnermapError, VERSION } from 'partnermap';
import { CliUsageError } from './cli-error';
import { SHARED_HELP, SHARED_OPTIONS, type CliIo } from './command';
import { COMMANDS } from './commands/index';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `partnermap: network analysis for community STEM education partnerships

Usage: partnermap <command> [file] [flags]

Commands:
${list}

Run \`partnermap <command> --help\` for a command's flags.
Without a file, report, analyze, suggest and render use the built-in example network.
`;
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`partnermap: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.\n`);
    return 2;
  }
  let debug = rest.includes('--debug');
  try {
    const parsed = parseArgs({
      args: [...rest],
      options: { ...SHARED_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    debug = parsed.values.debug === true;
    if (parsed.values.help === true) {
      io.stdout(`${command.help.trimEnd()}\n\n${SHARED_HELP}\n`);
      return 0;
    }
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`partnermap ${name}: ${error.message}\nRun \`partnermap ${name} --help\` for usage.\n`);
      return 2;
    }
    if (isPartnermapError(error)) {
      io.stderr(`partnermap ${name}: ${error.message}\n`);
      return 1;
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`partnermap ${name}: ${(error as Error).message}\nRun \`partnermap ${name} --help\` for usage.\n`);
      return 2;
    }
    if (typeof code === 'string' && ['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'EEXIST', 'ENOSPC'].includes(code)) {
      io.stderr(`partnermap ${name}: ${(error as Error).message}\n`);
      return 1;
    }
    io.stderr(
      `partnermap ${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n` +
        (debug && error instanceof Error ? `${error.stack}\n` : 'Run again with --debug for details, and please report it.\n'),
    );
    return 70;
  }
}
