import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/terminal-safe';

describe('terminalSafe', () => {
  it('removes escape sequences and control characters from names', () => {
    expect(terminalSafe('Evil\x1b[2J\x1b]0;pwned\x07 Corp\r\n')).toBe('Evil[2J]0;pwned Corp\n');
    expect(terminalSafe('a\u0085b\u009bc\u007fd')).toBe('abcd');
  });

  it('keeps line breaks, tabs, unicode and the progress redraw', () => {
    expect(terminalSafe('one\ttwo\nthree ünï 🌱')).toBe('one\ttwo\nthree ünï 🌱');
    expect(terminalSafe('\r\x1b[Kreading x (0.1 s)')).toBe('\r\x1b[Kreading x (0.1 s)');
  });
});
