// Entry point that VS Code's extension host loads from extensionTestsPath: runs the mocha suite
// inside the real editor and reports the result twice, because the two runners read it
// differently: @vscode/test-electron takes the promise, the code-server runner reads
// E2E_RESULT_FILE (the workbench only passes on an exit code).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false, // the output goes through the browser console, which shows escape codes raw
    timeout: 60_000,
    grep: process.env.REALIST_TEST_GREP || undefined,
  });
  // The suite is bundled one file per *.test.ts next to this one (scripts/test-vscode.mjs).
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  }
  const resultFile = process.env.E2E_RESULT_FILE;
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats;
      const result = { passes: s?.passes ?? 0, failures, pending: s?.pending ?? 0, tests: s?.tests ?? 0, failed: failedTitles };
      console.log(`[e2e] passes=${result.passes} failures=${failures} pending=${result.pending}`);
      if (resultFile) fs.writeFileSync(resultFile, JSON.stringify(result));
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
    const failedTitles: string[] = [];
    runner.on('fail', (test) => failedTitles.push(test.fullTitle()));
  });
}
