// The matrix on the independent renderings (test/sandbox/renderings: nine from the seeds, two true to
// the CRMs' UI frameworks) with the built extension: one `it` per walk.
import { allVariants } from './index';
import { matrixSuite } from './matrix-suite';

matrixSuite('markup matrix: independent renderings', allVariants);
