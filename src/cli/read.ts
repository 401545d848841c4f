// Reads one file (or stdin) into text for the analyser, refusing what cannot be prose:
// binary files (a NUL byte in the first 8 KB, the test git and grep use), files over the size
// limit, and files that cannot be opened. Invalid UTF-8 is decoded with replacement characters
// and reported as a warning at the first bad byte, so the rest of the file is still checked.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LanguageId } from '../core';
import { STDIN_PATH } from './files';

/** Larger files are skipped: strategy documents are far smaller, and this bounds memory and time. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const BINARY_SNIFF_BYTES = 8 * 1024;

export interface ReadWarning {
  message: string;
  /** Offset in the decoded text (UTF-16 code units) the warning points at. */
  offset?: number;
}

export type ReadResult =
  | { ok: true; text: string; languageId: LanguageId; warnings: ReadWarning[] }
  | { ok: false; error: string };

export function languageFor(file: string): LanguageId {
  return path.extname(file).toLowerCase() === '.txt' ? 'plaintext' : 'markdown';
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'could not read: no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'could not read: permission denied';
    case 'EISDIR':
      return 'could not read: it is a folder';
    default:
      return `could not read: ${(error as Error | undefined)?.message ?? String(error)}`;
  }
}

function tooLarge(bytes: number): string {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return `not checked: the file is ${mb(bytes)} MB, over the ${mb(MAX_FILE_BYTES)} MB limit`;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min2 = 0x80; // allowed range of the second byte, to reject overlongs and surrogates
    let max2 = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min2 = 0xa0;
      if (b === 0xed) max2 = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min2 = 0x90;
      if (b === 0xf4) max2 = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i; // truncated at the end of the file
      if (k === 1 ? c < min2 || c > max2 : c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/** Decodes file bytes into text; exported for tests. */
export function decodeBytes(bytes: Uint8Array, languageId: LanguageId): ReadResult {
  // UTF-16 with a byte-order mark (Windows "Unicode" files) is text even though it is full of NULs.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const body = bytes[0] === 0xfe ? utf16beToLe(bytes.subarray(2)) : bytes.subarray(2);
    return { ok: true, text: new TextDecoder('utf-16le').decode(body), languageId, warnings: [] };
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) return { ok: false, error: 'binary: not checked' };

  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  // ignoreBOM: we strip it ourselves above, so offsets line up with what editors show.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const text = decoder.decode(body);
  const bad = firstInvalidUtf8Byte(body);
  if (bad < 0) return { ok: true, text, languageId, warnings: [] };
  // Everything before the first bad byte is valid, so its decoded length is the text offset.
  const offset = decoder.decode(body.subarray(0, bad)).length;
  const byteOffset = bad + (hasBom ? 3 : 0);
  return {
    ok: true,
    text,
    languageId,
    warnings: [{ offset, message: `invalid UTF-8 from byte ${byteOffset}: bad bytes were read as \uFFFD; save the file as UTF-8` }],
  };
}

/** Byte-swaps UTF-16BE into UTF-16LE; a stray odd final byte is dropped (it is no character). */
function utf16beToLe(bytes: Uint8Array): Buffer {
  const even = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return even.swap16();
}

export function readTextFile(file: string): ReadResult {
  const languageId = languageFor(file);
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, error: describeFsError({ code: 'EISDIR' }) };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, error: tooLarge(stat.size) };
    return decodeBytes(fs.readFileSync(file), languageId);
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
}

/** Reads all of stdin as Markdown, stopping early once past the size limit. */
export async function readStdin(): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of process.stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      if (total > MAX_FILE_BYTES) {
        process.stdin.destroy();
        return { ok: false, error: tooLarge(total) };
      }
      chunks.push(buffer);
    }
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
  return decodeBytes(Buffer.concat(chunks), 'markdown');
}

export function readTarget(file: string): ReadResult | Promise<ReadResult> {
  return file === STDIN_PATH ? readStdin() : readTextFile(file);
}
