// The one place that loads unified and remark. They are ESM-only packages and this project
// compiles to CommonJS (module Node16), where TypeScript refuses a static `import` of an ES
// module (TS1479). Node >= 20.19 can require() them and esbuild bundles require() calls, so they
// are required here, typed through `import()` types with the `resolution-mode` attribute.
// (Switching tsconfig's "module" to "node20" would allow plain imports; see the report of issue 2.)
import type { Root } from 'mdast';
import { frontMatterEnd } from './frontMatter';

type UnifiedModule = typeof import('unified', { with: { 'resolution-mode': 'import' } });
type RemarkParseModule = typeof import('remark-parse', { with: { 'resolution-mode': 'import' } });
type RemarkGfmModule = typeof import('remark-gfm', { with: { 'resolution-mode': 'import' } });
type RemarkFrontmatterModule = typeof import('remark-frontmatter', { with: { 'resolution-mode': 'import' } });

/* eslint-disable @typescript-eslint/no-require-imports */
const { unified } = require('unified') as UnifiedModule;
const remarkParse = (require('remark-parse') as RemarkParseModule).default;
const remarkGfm = (require('remark-gfm') as RemarkGfmModule).default;
const remarkFrontmatter = (require('remark-frontmatter') as RemarkFrontmatterModule).default;

// Created once: building a processor (and its micromark extensions) costs more than parsing a
// small block. Only `.parse()` is used: no transforms run, so positions are the parser's own.
const bodyProcessor = unified().use(remarkParse).use(remarkGfm).freeze();
const commonMarkProcessor = unified().use(remarkParse).freeze();

/**
 * GFM's constructs (tables, strikethrough, footnotes, autolink literals, task lists) can only
 * start at one of these characters or words; a block without any of them parses the same with
 * plain CommonMark, which is about twice as fast. Most prose blocks have none of them.
 */
export function mayUseGfm(text: string): boolean {
  // Autolink literals are case-insensitive: "WWW.EXAMPLE.COM" and "HTTPS://…" are links too.
  return GFM_TRIGGER.test(text) || (text.includes('[') && GFM_BRACKET_TRIGGER.test(text));
}
const GFM_TRIGGER = /[|~@]|http|www\./i;
/**
 * Footnotes and task-list items start at `[`, which links and citations use too. Only a footnote
 * definition (`[^a]:`) or a task-list check (`[ ]`, `[x]`) makes GFM read such a block
 * differently: a footnote call is a call only when its definition is in the same parse. With
 * `&` or `\` GFM is kept as well, because its autolink-literal transform reads decoded text,
 * where an entity or an escape may spell a URL or an e-mail address.
 */
const GFM_BRACKET_TRIGGER = /\]:|\[(?:[ \t\nxX]|\r\n?)\]|[&\\]/;
const documentStartProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .freeze();

/**
 * Parses Markdown (GFM). Front matter is recognised only at the very start of a document, and
 * the front-matter extension is used only when a closed front matter is there: after an opening
 * `---` with no closing fence it stops recognising lists and block quotes for the rest of the
 * document (micromark/micromark-extension-frontmatter#5, open).
 */
export function parseMarkdown(text: string, atDocumentStart: boolean): Root {
  const processor = atDocumentStart && frontMatterEnd(text) > 0
    ? documentStartProcessor
    : mayUseGfm(text) ? bodyProcessor : commonMarkProcessor;
  return processor.parse(text) as Root;
}

/**
 * Parses text that cannot hold front matter, with GFM or plain CommonMark as the caller chose
 * (by mayUseGfm of each of the blocks it joined: see extractProseOfBlocks).
 */
export function parseBody(text: string, gfm: boolean): Root {
  return (gfm ? bodyProcessor : commonMarkProcessor).parse(text) as Root;
}

const referenceCache = new Map<string, string | null>();
const REFERENCE_CACHE_LIMIT = 10_000;

/**
 * What a character reference (`&amp;`, `&#8217;`, `&#x1F600;`) decodes to, or undefined when the
 * text is not a valid reference. Asks the parser itself, so the answer always agrees with the
 * text values in the tree (the named-entity table lives inside micromark).
 */
export function decodeCharacterReference(reference: string): string | undefined {
  let decoded = referenceCache.get(reference);
  if (decoded === undefined) {
    decoded = null;
    const paragraph = bodyProcessor.parse(reference).children[0];
    if (paragraph?.type === 'paragraph' && paragraph.children.length === 1) {
      const only = paragraph.children[0];
      if (only.type === 'text' && only.value !== reference) decoded = only.value;
    }
    if (referenceCache.size >= REFERENCE_CACHE_LIMIT) referenceCache.clear();
    referenceCache.set(reference, decoded);
  }
  return decoded ?? undefined;
}
