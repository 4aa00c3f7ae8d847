/**
 * Safe, streaming XML reading for the GraphML and GEXF importers, on saxes
 * (a small, maintained, pure-JavaScript SAX parser: no DOM, no `node:`
 * import, so it runs in browsers and Deno as in Node; it never expands
 * DTD-defined entities).
 *
 * Safety, before and during parsing:
 * - a document type declaration (`<!DOCTYPE`, the only way to declare
 *   entities, external or "billion laughs") is refused at once with an
 *   `unsafe-input` error, before any of it is read further;
 * - elements nested deeper than `maxDepth` stop the import (`limit-exceeded`);
 * - a text, attribute value or tag longer than `maxTextLength` characters
 *   stops it too: a pre-scan finds the longest stretch without `<` in
 *   linear time, so a 100 MB text node fails in milliseconds.
 *
 * Namespaces are resolved here (prefix scopes), cheaply: elements are passed
 * on as `{ uri, local }`.
 */
import { SaxesParser } from 'saxes';
import type { Issue } from '../../model/issues';

/** One element start as the format readers see it. */
export interface XmlElement {
  /** Namespace URI ('' when none). */
  uri: string;
  /** Local name. */
  local: string;
  /** Attributes by qualified name, as written (values unescaped). */
  attributes: Record<string, string>;
  /** 1-based line where the start tag ends. */
  line: number;
  /** The namespace URI bound to a prefix here ('' when none); valid only during `open`. */
  resolve: (prefix: string) => string;
}

/** What a format reader does with the document. */
export interface XmlHandlers {
  open: (element: XmlElement) => void;
  close: (uri: string, local: string) => void;
  /** Character data (text and CDATA) inside the current element. */
  text: (text: string) => void;
}

/** Limits of {@link readXml}. */
export interface XmlLimits {
  maxDepth: number;
  maxTextLength: number;
}

/** Stops reading with an issue. */
export class XmlStop extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message);
  }
}

/** The XML namespace, always bound to the `xml` prefix. */
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Line of a character offset (1-based). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Finds a document type declaration in the prolog (before the root element), returning its offset. */
function findDoctype(text: string): number {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (pos < text.length && /\s/.test(text.charAt(pos))) pos += 1;
    if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos + 2);
      if (end === -1) return -1;
      pos = end + 2;
    } else if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4);
      if (end === -1) return -1;
      pos = end + 3;
    } else if (text.startsWith('<!', pos) && text.slice(pos + 2, pos + 9).toUpperCase() === 'DOCTYPE') {
      return pos;
    } else return -1;
  }
}

/** The offset of the longest stretch without `<`, if longer than `limit`. */
function findLongStretch(text: string, limit: number): number {
  let previous = 0;
  for (;;) {
    const next = text.indexOf('<', previous);
    const end = next === -1 ? text.length : next;
    if (end - previous > limit) return previous;
    if (next === -1) return -1;
    previous = next + 1;
  }
}

/**
 * Parses `text`, calling the handlers; returns normally at the end of the
 * document and throws {@link XmlStop} (with an issue located at a line and,
 * where known, an element) when it is malformed, unsafe or beyond a limit.
 * Errors thrown by handlers propagate unchanged.
 */
export function readXml(text: string, file: string | undefined, handlers: XmlHandlers, limits: XmlLimits): void {
  const at = (line: number) => (file === undefined ? { line } : { file, line });
  const doctype = findDoctype(text);
  if (doctype !== -1) {
    throw new XmlStop({
      severity: 'error',
      code: 'unsafe-input',
      message:
        'the document has a DOCTYPE declaration; partnermap refuses DTDs (they can declare external entities or entity-expansion bombs) and reads nothing from it. Remove the <!DOCTYPE ...> line.',
      where: { ...at(lineAt(text, doctype)), element: '<!DOCTYPE>' },
    });
  }
  const stretch = findLongStretch(text, limits.maxTextLength);
  if (stretch !== -1) {
    throw new XmlStop({
      severity: 'error',
      code: 'limit-exceeded',
      message: `a text, attribute value or tag is longer than ${limits.maxTextLength} characters (maxTextLength).`,
      where: at(lineAt(text, stretch)),
    });
  }

  const parser = new SaxesParser({ xmlns: false, position: true });
  // Namespace scopes: a stack of prefix maps, pushed only by elements that declare some.
  const scopes: Map<string, string>[] = [new Map([['xml', XML_NS]])];
  const pushed: boolean[] = [];
  const resolve = (prefix: string): string => {
    for (let i = scopes.length - 1; i >= 0; i -= 1) {
      const uri = (scopes[i] as Map<string, string>).get(prefix);
      if (uri !== undefined) return uri;
    }
    return '';
  };
  const names: { uri: string; local: string }[] = [];
  let pending = '';

  const flush = (): void => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    handlers.text(chunk);
  };

  parser.on('doctype', () => {
    throw new XmlStop({
      severity: 'error',
      code: 'unsafe-input',
      message: 'the document has a DOCTYPE declaration; partnermap refuses DTDs (external entities, entity-expansion bombs).',
      where: at(parser.line),
    });
  });
  parser.on('opentag', (tag) => {
    flush();
    if (names.length >= limits.maxDepth) {
      throw new XmlStop({
        severity: 'error',
        code: 'limit-exceeded',
        message: `elements are nested deeper than ${limits.maxDepth} levels (maxDepth).`,
        where: { ...at(parser.line), element: `<${tag.name}>` },
      });
    }
    const attributes = tag.attributes as Record<string, string>;
    let scope: Map<string, string> | undefined;
    for (const name of Object.keys(attributes)) {
      if (name === 'xmlns') (scope ??= new Map()).set('', attributes[name] as string);
      else if (name.startsWith('xmlns:')) (scope ??= new Map()).set(name.slice(6), attributes[name] as string);
    }
    if (scope !== undefined) scopes.push(scope);
    pushed.push(scope !== undefined);
    const colon = tag.name.indexOf(':');
    const prefix = colon === -1 ? '' : tag.name.slice(0, colon);
    const local = colon === -1 ? tag.name : tag.name.slice(colon + 1);
    const uri = resolve(prefix);
    names.push({ uri, local });
    handlers.open({ uri, local, attributes, line: parser.line, resolve });
  });
  parser.on('closetag', () => {
    flush();
    const name = names.pop();
    if (pushed.pop() === true) scopes.pop();
    if (name !== undefined) handlers.close(name.uri, name.local);
  });
  const onText = (chunk: string): void => {
    if (names.length === 0) return;
    if (pending.length + chunk.length > limits.maxTextLength) {
      throw new XmlStop({
        severity: 'error',
        code: 'limit-exceeded',
        message: `a text is longer than ${limits.maxTextLength} characters (maxTextLength).`,
        where: at(parser.line),
      });
    }
    pending += chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (error) => {
    throw new XmlStop({
      severity: 'error',
      code: 'invalid-xml',
      message: `not well-formed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`,
      where: at(parser.line),
    });
  });
  parser.write(text);
  parser.close();
}

/** The value of the attribute in namespace `uri` with local name `local` (`partnermap:type`, whatever the prefix). */
export function namespacedAttribute(element: XmlElement, uri: string, local: string): string | undefined {
  for (const name of Object.keys(element.attributes)) {
    const colon = name.indexOf(':');
    if (colon === -1 || name.slice(colon + 1) !== local) continue;
    if (element.resolve(name.slice(0, colon)) === uri) return element.attributes[name];
  }
  return undefined;
}
