// Bundles each door (CLI, language server, VS Code client) into one CommonJS file in out/.
// unified and remark are ESM-only; bundling is how VS Code recommends shipping extensions anyway.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';

const entries = [
  { in: 'src/cli/main.ts', out: 'cli', bin: true },
  { in: 'src/server/main.ts', out: 'server', bin: true },
  { in: 'src/client/extension.ts', out: 'extension' },
].filter((e) => existsSync(e.in));

const watch = process.argv.includes('--watch');
rmSync('out', { recursive: true, force: true });
await Promise.all(entries.map((e) => build({
  entryPoints: { [e.out]: e.in },
  outdir: 'out',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: !watch && process.env.REALIST_NO_MINIFY !== '1',
  keepNames: true,
  external: ['vscode'],
  banner: e.bin ? { js: '#!/usr/bin/env node' } : undefined,
  logLevel: 'warning',
})));
console.error(`built ${entries.map((e) => `out/${e.out}.js`).join(', ')}`);
