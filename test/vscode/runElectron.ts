// The same suite with @vscode/test-electron, for machines that can download VS Code from
// update.code.visualstudio.com (a developer laptop, most CI). It cannot run on the project's
// build machines (no route to that host), so `npm run test:vscode` uses code-server instead;
// run this one with `npm run test:vscode:electron` (which builds first).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // Bundled to out/test/vscode/runElectron.js: the repository root is three levels up.
  const root = path.resolve(__dirname, '../../..');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'realist-electron-'));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(root, 'test/vscode/workspace'), workspace, { recursive: true }); // tests edit it
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/test/vscode/suite'),
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions stay out of the way
        '--disable-workspace-trust',
        '--user-data-dir',
        path.join(scratch, 'user-data'),
      ],
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error('[test:vscode:electron]', err instanceof Error ? err.message : err);
  process.exit(1);
});
