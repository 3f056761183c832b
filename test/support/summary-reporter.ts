import type { Reporter, TestModule } from 'vitest/node';

/** Prints one plain closing line, "<project>: N passed, N failed, N skipped", that CI can read. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const projects = new Set<string>();
    for (const module of testModules) {
      projects.add(module.project.name);
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    const label = projects.size === 1 ? [...projects][0] : 'tests';
    process.stdout.write(`\n${label}: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
