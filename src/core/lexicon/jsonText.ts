// A small strict JSON reader for configuration and lexicon files. JSON.parse would do the parsing,
// but its messages differ between Node versions and give an offset, not a line and column; users
// editing .realist.json need "line 4, column 3: expected ',' or '}'", and schema problems are
// more useful with a position too. So this reader also records where every value starts, keyed
// by JSON pointer. It is iterative over characters and recursive only in nesting depth, which
// is capped, so hostile input cannot overflow the stack.

export interface JsonSyntaxError {
  message: string;
  /** Offset of the offending character in the text (UTF-16 code units). */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export interface JsonDocument {
  value?: unknown;
  error?: JsonSyntaxError;
  /** Offset where the value at each JSON pointer starts ('' is the root). */
  offsets: Map<string, number>;
  /** Properties given twice in one object (the last one wins, as with JSON.parse). */
  duplicates: string[];
}

const MAX_DEPTH = 256;

class SyntaxProblem extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** 1-based line and column of an offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeChar(text: string, at: number): string {
  if (at >= text.length) return 'the end of the file';
  const ch = text[at];
  if (ch === '\n' || ch === '\r') return 'a line break';
  return `'${ch}'`;
}

export function parseJsonText(text: string): JsonDocument {
  const offsets = new Map<string, number>();
  const duplicates: string[] = [];
  // A byte order mark is not JSON, but editors write one; skipping it keeps offsets correct.
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const skipSpace = (): void => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        pos++;
      } else if (c === 47 && (text[pos + 1] === '/' || text[pos + 1] === '*')) {
        throw new SyntaxProblem('comments are not allowed in JSON', pos);
      } else {
        return;
      }
    }
  };

  const readString = (): string => {
    const start = pos;
    pos++; // opening quote
    let out = '';
    let runStart = pos;
    for (;;) {
      if (pos >= text.length) throw new SyntaxProblem('this string is not closed: a \'"\' is missing', start);
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(runStart, pos);
        pos++;
        return out;
      }
      if (c < 32) {
        throw new SyntaxProblem(
          c === 10 || c === 13 ? 'this string is not closed before the end of the line' : 'control characters in strings must be escaped',
          c === 10 || c === 13 ? start : pos,
        );
      }
      if (c === 92) {
        out += text.slice(runStart, pos);
        const e = text[pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
        } else {
          throw new SyntaxProblem(`'\\${e ?? ''}' is not a valid escape in a JSON string`, pos);
        }
        runStart = pos;
      } else {
        pos++;
      }
    }
  };

  const readNumber = (): number => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 400));
    if (!m || /^[\w.]/.test(text.slice(pos + m[0].length, pos + m[0].length + 1))) {
      throw new SyntaxProblem('this is not a valid JSON number', pos);
    }
    pos += m[0].length;
    return Number(m[0]);
  };

  const readValue = (pointer: string, depth: number): unknown => {
    skipSpace();
    offsets.set(pointer, pos);
    if (depth > MAX_DEPTH) throw new SyntaxProblem(`values are nested more than ${MAX_DEPTH} deep`, pos);
    const ch = text[pos];
    if (ch === '{') return readObject(pointer, depth);
    if (ch === '[') return readArray(pointer, depth);
    if (ch === '"') return readString();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return readNumber();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    if (ch === "'") throw new SyntaxProblem('strings must be in double quotes', pos);
    if (pos >= text.length) throw new SyntaxProblem('expected a value but found the end of the file', pos);
    throw new SyntaxProblem(`expected a value (a string, number, object, array, true, false or null) but found ${describeChar(text, pos)}`, pos);
  };

  const readObject = (pointer: string, depth: number): Record<string, unknown> => {
    const open = pos;
    pos++;
    const result: Record<string, unknown> = {};
    skipSpace();
    if (text[pos] === '}') {
      pos++;
      return result;
    }
    for (;;) {
      skipSpace();
      if (text[pos] !== '"') {
        if (text[pos] === '}') throw new SyntaxProblem('trailing commas are not allowed in JSON', pos);
        if (pos >= text.length) throw new SyntaxProblem(`the object opened at ${lineCol(open)} is not closed: a '}' is missing`, pos);
        throw new SyntaxProblem(`expected a property name in double quotes but found ${describeChar(text, pos)}`, pos);
      }
      const key = readString();
      skipSpace();
      if (text[pos] !== ':') throw new SyntaxProblem(`expected ':' after the property name "${key}" but found ${describeChar(text, pos)}`, pos);
      pos++;
      const child = `${pointer}/${pointerSegment(key)}`;
      if (Object.prototype.hasOwnProperty.call(result, key)) duplicates.push(child);
      // defineProperty: a "__proto__" key must stay data, never become the object's prototype.
      Object.defineProperty(result, key, { value: readValue(child, depth + 1), enumerable: true, writable: true, configurable: true });
      skipSpace();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === '}') {
        pos++;
        return result;
      }
      if (pos >= text.length) throw new SyntaxProblem(`the object opened at ${lineCol(open)} is not closed: a '}' is missing`, pos);
      throw new SyntaxProblem(`expected ',' or '}' after the value of "${key}" but found ${describeChar(text, pos)}`, pos);
    }
  };

  const readArray = (pointer: string, depth: number): unknown[] => {
    const open = pos;
    pos++;
    const result: unknown[] = [];
    skipSpace();
    if (text[pos] === ']') {
      pos++;
      return result;
    }
    for (;;) {
      skipSpace();
      if (text[pos] === ']' && result.length > 0) throw new SyntaxProblem('trailing commas are not allowed in JSON', pos);
      result.push(readValue(`${pointer}/${result.length}`, depth + 1));
      skipSpace();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === ']') {
        pos++;
        return result;
      }
      if (pos >= text.length) throw new SyntaxProblem(`the array opened at ${lineCol(open)} is not closed: a ']' is missing`, pos);
      throw new SyntaxProblem(`expected ',' or ']' after an array item but found ${describeChar(text, pos)}`, pos);
    }
  };

  const lineCol = (offset: number): string => {
    const p = positionOf(text, offset);
    return `line ${p.line}, column ${p.column}`;
  };

  try {
    skipSpace();
    if (pos >= text.length) throw new SyntaxProblem('the file is empty: expected a JSON object', pos);
    const value = readValue('', 0);
    skipSpace();
    if (pos < text.length) throw new SyntaxProblem(`unexpected ${describeChar(text, pos)} after the end of the JSON value`, pos);
    return { value, offsets, duplicates };
  } catch (e) {
    if (!(e instanceof SyntaxProblem)) throw e;
    const { line, column } = positionOf(text, e.offset);
    return { error: { message: e.message, offset: e.offset, line, column }, offsets, duplicates };
  }
}
