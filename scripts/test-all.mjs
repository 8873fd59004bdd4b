// npm test: every suite (unit, then end to end in a real browser), ending with one line of
// totals, "N passed, N failed[, N skipped]", that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

mkdirSync('test-results', { recursive: true });
const run = (command, args, env = {}) =>
  spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  }).status ?? 1;
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

/** Every test Playwright's JSON report marks flaky (failed, then passed on a retry). */
function flakyJourneys(report) {
  const found = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.status === 'flaky')
          found.push({
            file: relative(process.cwd(), join(report.config.rootDir, spec.file)),
            title: [...path, spec.title].join(' › '),
            project: test.projectName,
          });
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  // The top-level suites are the spec files; their titles are the file names.
  for (const file of report.suites) walk(file, []);
  return found;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

console.log('\n== Unit tests (Vitest) ==');
rmSync('test-results/unit.json', { force: true });
const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (unitStatus !== 0 && (!unit || unit.numFailedTests === 0)) broken = true;

console.log('\n== Build for the end-to-end suite ==');
if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) {
  broken = true;
} else {
  console.log('\n== End-to-end journeys (Playwright, Chromium) ==');
  // The config's reporters: the list here, and kept afterwards playwright-report/ (HTML),
  // test-results/e2e-junit.xml (JUnit) and test-results/e2e.json (read below).
  rmSync('test-results/e2e.json', { force: true });
  const e2eStatus = run('npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
    const flaky = flakyJourneys(e2e);
    if (flaky.length > 0) {
      console.log(`\n${flaky.length} journey(s) passed only on retry (flaky, to be fixed):`);
      for (const { file, title, project } of flaky)
        console.log(`  ${file} › ${title} [${project}]`);
    }
  }
  if (e2eStatus !== 0 && (!e2e || e2e.stats.unexpected === 0)) broken = true;
}

if (broken) console.log('\nA suite could not run to the end (see above): counted as a failure.');
const failed = totals.failed + (broken ? 1 : 0);
console.log(
  `\n${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failed > 0 ? 1 : 0);
