// How messages are written on stdio. A 1 MB document can have 7,000 findings, so every publish
// of its diagnostics is about 3 MB of JSON, written after every keystroke: serialising it with
// JSON.stringify and encoding it as UTF-8 took longer than re-analysing the edited document, and
// decoding the UTF-8 (messages have curly quotes) took the client as long again.
//
// So publishDiagnostics is serialised here, straight into one buffer: a diagnostic that was in
// the document's last publish is copied from it (runs of them at a time), a new FindingDiagnostic
// is written from its fields with the JSON of its rule, link and message (shared by many
// findings) cached, and everything is escaped to ASCII (`\uXXXX`), which JSON allows anywhere
// in a string. The result parses to exactly what
// JSON.stringify's output parses to; ASCII copies into a Buffer without encoding and lets the
// client's decoder take its fast path. Every other message is written as vscode-jsonrpc would.
import type { ContentTypeEncoder, Diagnostic } from 'vscode-languageserver/node';
import { FindingDiagnostic } from './diagnostics';

const PUBLISH_DIAGNOSTICS = 'textDocument/publishDiagnostics';

export const jsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg, options) {
    try {
      if (isPublish(msg) && /^utf-?8$/i.test(options.charset ?? '')) {
        try {
          return Promise.resolve(publishBytes(msg));
        } catch {
          // Diagnostics of a shape this writer does not know: written the usual way below.
        }
      }
      return Promise.resolve(Buffer.from(JSON.stringify(msg, undefined, 0), options.charset as BufferEncoding));
    } catch (error) {
      return Promise.reject(error);
    }
  },
};

interface PublishMessage {
  method: string;
  params: { diagnostics: Diagnostic[]; [key: string]: unknown };
}

function isPublish(msg: unknown): msg is PublishMessage {
  const m = msg as Partial<PublishMessage> | null;
  return m?.method === PUBLISH_DIAGNOSTICS && typeof m.params === 'object' && m.params !== null && Array.isArray(m.params.diagnostics);
}

/**
 * Stands for the diagnostics array in the JSON of the rest of the message: JSON.stringify
 * escapes control characters, so no other part of that text can contain it.
 */
const DIAGNOSTICS_MARK = '\u0001';

/** The message as JSON.stringify would write it (keys in order, undefined left out), in ASCII bytes. */
export function publishBytes(msg: PublishMessage): Buffer {
  const envelope = objectJson(msg as unknown as Record<string, unknown>, (key, value) =>
    (key === 'params' ? objectJson(value as Record<string, unknown>, (k) => (k === 'diagnostics' ? DIAGNOSTICS_MARK : undefined)) : undefined));
  const [before, after] = envelope.split(DIAGNOSTICS_MARK);
  const uri = typeof msg.params.uri === 'string' ? msg.params.uri : undefined;
  const writer = new DiagnosticsWriter(msg.params.diagnostics, uri === undefined ? undefined : lastWritten.get(uri));
  const bytes = writer.bytes(before, after);
  if (uri !== undefined) {
    // An empty publish (a closed document) forgets the document.
    if (msg.params.diagnostics.length === 0) lastWritten.delete(uri);
    else lastWritten.set(uri, writer.written);
  }
  return bytes;
}

/** An object's JSON, with `special` writing the values of some keys (undefined: as usual). */
function objectJson(object: Record<string, unknown>, special: (key: string, value: unknown) => string | undefined): string {
  const parts: string[] = [];
  for (const key of Object.keys(object)) {
    const value = object[key];
    const json = special(key, value) ?? toAscii(JSON.stringify(value));
    if (json !== undefined) parts.push(`${toAscii(JSON.stringify(key))}:${json}`); // undefined, functions: left out
  }
  return `{${parts.join(',')}}`;
}

// The constant parts of a finding's diagnostic, around its range and data; the rest (severity,
// rule, link, source and message) is its tail, cached.
const HEAD = ascii('{"range":{"start":{"line":');
const CHARACTER = ascii(',"character":');
const END_LINE = ascii('},"end":{"line":');
/** Digits of an integer up to 2^31, the most a position or index can have. */
const MAX_DIGITS = 10;
const MAX_FIXED_LENGTH = HEAD.length + 2 * CHARACTER.length + END_LINE.length + 5 * MAX_DIGITS + 2; // , and }

/** A publish as written: its diagnostics, and where the JSON of each one is in its bytes. */
interface Written {
  diagnostics: readonly Diagnostic[];
  bytes: Buffer;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * The last publish written for each document. The language server gives the same diagnostic
 * object again, at the same index, for a finding that did not change (DiagnosticsCache): its
 * JSON is then copied from the last publish, a run of them at a time (after a keystroke, all but
 * a few are in two runs, before and after the edit).
 */
const lastWritten = new Map<string, Written>();

/** Writes `[d1,d2,…]` straight into one buffer: no intermediate strings for the 3 MB. */
class DiagnosticsWriter {
  /** For each diagnostic not copied from the last publish: its JSON, or the tail of a finding's diagnostic. */
  private readonly parts: Array<Buffer | undefined> = [];
  private readonly known: boolean[] = [];
  private readonly maxLength: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private buffer!: Buffer;
  private at = 0;

  constructor(
    private readonly diagnostics: readonly Diagnostic[],
    private readonly previous: Written | undefined,
  ) {
    let length = 2; // [ ]
    this.starts = new Int32Array(diagnostics.length);
    this.ends = new Int32Array(diagnostics.length);
    for (let k = 0; k < diagnostics.length; k++) {
      const d = diagnostics[k];
      if (previous?.diagnostics[k] === d) {
        this.parts.push(undefined);
        this.known.push(true);
        length += previous.ends[k] - previous.starts[k] + 1;
        continue;
      }
      const json = d instanceof FindingDiagnostic ? undefined : ascii(toAscii(JSON.stringify(d)));
      if (json) {
        this.parts.push(json);
        this.known.push(true);
        length += json.length + 1;
        continue;
      }
      const finding = d as FindingDiagnostic;
      const { start, end } = finding.range;
      if (!isIndex(start.line) || !isIndex(start.character) || !isIndex(end.line) || !isIndex(end.character) || !isIndex(finding.data)) {
        throw new Error(`publishDiagnostics: a position or index is not a non-negative integer: ${JSON.stringify(d)}`);
      }
      const tail = tailBytes(finding);
      this.parts.push(tail);
      this.known.push(false);
      length += MAX_FIXED_LENGTH + tail.length;
    }
    this.maxLength = length;
  }

  /** What to remember of this publish, once bytes() has written it. */
  get written(): Written {
    return { diagnostics: this.diagnostics, bytes: this.buffer, starts: this.starts, ends: this.ends };
  }

  bytes(before: string, after: string): Buffer {
    const buffer = (this.buffer = Buffer.allocUnsafe(before.length + this.maxLength + after.length));
    const { diagnostics, previous } = this;
    this.at = buffer.write(before, 0, 'latin1');
    buffer[this.at++] = 0x5b; // [
    for (let k = 0; k < diagnostics.length; k++) {
      if (k > 0) buffer[this.at++] = 0x2c; // ,
      if (this.known[k] && this.parts[k] === undefined) {
        // A run of diagnostics written consecutively last time: one copy, commas included.
        let last = k;
        while (last + 1 < diagnostics.length && previous!.diagnostics[last + 1] === diagnostics[last + 1]) last++;
        const from = previous!.starts[k];
        buffer.set(previous!.bytes.subarray(from, previous!.ends[last]), this.at);
        for (let m = k; m <= last; m++) {
          this.starts[m] = this.at + previous!.starts[m] - from;
          this.ends[m] = this.at + previous!.ends[m] - from;
        }
        this.at = this.ends[last];
        k = last;
        continue;
      }
      this.starts[k] = this.at;
      if (this.known[k]) {
        this.put(this.parts[k]!);
      } else {
        const d = diagnostics[k] as FindingDiagnostic;
        const { start, end } = d.range;
        this.put(HEAD);
        this.int(start.line);
        this.put(CHARACTER);
        this.int(start.character);
        this.put(END_LINE);
        this.int(end.line);
        this.put(CHARACTER);
        this.int(end.character);
        this.put(this.parts[k]!);
        this.int(d.data);
        buffer[this.at++] = 0x7d; // }
      }
      this.ends[k] = this.at;
    }
    buffer[this.at++] = 0x5d; // ]
    this.at += buffer.write(after, this.at, 'latin1');
    return buffer.subarray(0, this.at);
  }

  private put(bytes: Buffer): void {
    const buffer = this.buffer;
    let at = this.at;
    if (bytes.length > 32) {
      buffer.set(bytes, at);
      at += bytes.length;
    } else {
      for (let k = 0; k < bytes.length; k++) buffer[at++] = bytes[k]; // cheaper than set() for a few bytes
    }
    this.at = at;
  }

  /** A non-negative integer below 2^31 (isIndex) in decimal. */
  private int(n: number): void {
    const buffer = this.buffer;
    const from = this.at;
    let to = from;
    do {
      buffer[to++] = 48 + (n % 10);
      n = (n / 10) | 0;
    } while (n > 0);
    for (let i = from, j = to - 1; i < j; i++, j--) {
      const c = buffer[i];
      buffer[i] = buffer[j];
      buffer[j] = c;
    }
    this.at = to;
  }
}

function isIndex(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 0x7fffffff;
}

function ascii(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

interface Tail {
  code: string;
  severity: number;
  href: string | undefined;
  bytes: Buffer;
}

/** Tails by message: the same message comes back at every publish, as the same string. */
const tails = new Map<string, Tail>();
const TAIL_CACHE_LIMIT = 50_000;

/** `}},"severity":…,"code":…,"codeDescription":…,"source":…,"message":…,"data":` of a finding's diagnostic. */
function tailBytes(d: FindingDiagnostic): Buffer {
  const href = d.codeDescription?.href;
  let tail = tails.get(d.message);
  if (!tail || tail.code !== d.code || tail.href !== href || tail.severity !== d.severity) {
    const link = href === undefined ? '' : `"codeDescription":{"href":${toAscii(JSON.stringify(href))}},`;
    const json = `}},"severity":${JSON.stringify(d.severity)},"code":${toAscii(JSON.stringify(d.code))},${link}`
      + `"source":${toAscii(JSON.stringify(d.source))},"message":${toAscii(JSON.stringify(d.message))},"data":`;
    tail = { code: d.code, severity: d.severity, href, bytes: ascii(json) };
    if (tails.size >= TAIL_CACHE_LIMIT) tails.clear();
    tails.set(d.message, tail);
  }
  return tail.bytes;
}

const HAS_NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII = /[\u0080-\uffff]/g;

/** JSON text with every non-ASCII code unit escaped (a surrogate pair as two escapes, as JSON allows). */
export function toAscii<T extends string | undefined>(json: T): T {
  if (json === undefined || !HAS_NON_ASCII.test(json)) return json;
  return json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) as T;
}
