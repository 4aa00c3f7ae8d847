/**
 * Finds where a JSON text stops being valid, for error messages: V8's
 * `JSON.parse` errors no longer always give a position. Called only after
 * `JSON.parse` has failed. Iterative (an explicit stack), so deeply nested
 * input cannot overflow the call stack.
 */

/** The 0-based offset of the first character at which `text` is not valid JSON. */
export function locateJsonError(text: string): number {
  let i = 0;
  const n = text.length;
  // Each frame: the container and what it expects next.
  type Frame = { kind: 'object' | 'array'; expect: 'first' | 'value' | 'key' | 'colon' | 'comma' };
  const stack: Frame[] = [];
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i += 1;
  };
  const string = (): boolean => {
    i += 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i += 1;
    }
    return false;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  // Reads a scalar or opens a container; false on a syntax error at i.
  const value = (): boolean => {
    ws();
    const c = text[i];
    if (c === '{') {
      stack.push({ kind: 'object', expect: 'first' });
      i += 1;
      return true;
    }
    if (c === '[') {
      stack.push({ kind: 'array', expect: 'first' });
      i += 1;
      return true;
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return true;
    }
    return false;
  };
  if (!value()) return i;
  for (;;) {
    ws();
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? i : n;
    const c = text[i];
    if (top.expect === 'colon') {
      if (c !== ':') return i;
      i += 1;
      top.expect = 'comma';
      if (!value()) return i;
      continue;
    }
    if (top.expect === 'first' || top.expect === 'comma') {
      const close = top.kind === 'object' ? '}' : ']';
      if (c === close) {
        stack.pop();
        i += 1;
        continue;
      }
      if (top.expect === 'comma') {
        if (c !== ',') return i;
        i += 1;
        ws();
      }
    }
    if (top.kind === 'object') {
      if (text[i] !== '"' || !string()) return i;
      top.expect = 'colon';
    } else {
      top.expect = 'comma';
      if (!value()) return i;
    }
  }
}
