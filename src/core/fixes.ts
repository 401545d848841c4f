// Fix candidates are written once, as a template with placeholders, and turned into both forms an
// editor may need: an LSP snippet with tab stops, and plain text with visible [placeholders].
// Placeholders name the fact the writer must supply; a fix never contains an invented number,
// date or source.
import type { FixCandidate, FixKind, TextRange } from './types';

/** A piece of a fix template: literal text, a placeholder, or a choice between words. */
export type FixPart = string | { placeholder: string } | { choice: string[] };

export const slot = (placeholder: string): FixPart => ({ placeholder });
export const choice = (...options: string[]): FixPart => ({ choice: options });

/** Escapes text so a snippet shows it literally. */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (c) => `\\${c}`);
}

export function buildFix(title: string, kind: FixKind, range: TextRange, parts: FixPart[]): FixCandidate {
  let snippet = '';
  let text = '';
  let stop = 0;
  for (const part of parts) {
    if (typeof part === 'string') {
      snippet += escapeSnippet(part);
      text += part;
    } else if ('placeholder' in part) {
      stop++;
      snippet += `\${${stop}:${escapeSnippet(part.placeholder)}}`;
      text += `[${part.placeholder}]`;
    } else {
      stop++;
      snippet += `\${${stop}|${part.choice.map(escapeChoice).join(',')}|}`;
      text += `[${part.choice.join('/')}]`;
    }
  }
  // A final tab stop after the edit, so Tab leaves the snippet where the writer expects.
  if (stop > 0) snippet += '$0';
  return { title, kind, range, snippet, text };
}
