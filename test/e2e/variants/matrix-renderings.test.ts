// The matrix on the independent renderings (test/sandbox/renderings: nine from the seeds, two true to
// the CRMs' UI frameworks) with the built extension: one `it` per walk. The three written later run
// in matrix-renderings-fresh.test.ts (a file of their own, so the two run side by side).
import { allVariants, freshVariants } from './index';
import { matrixSuite } from './matrix-suite';

matrixSuite('markup matrix: independent renderings', allVariants.filter((v) => !freshVariants.includes(v)));
