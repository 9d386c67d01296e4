// The matrix on the mutated default pages (test/sandbox/renderings/mutations), Leap walks, with the
// built extension: one `it` per walk.
import { mutationVariants } from './index';
import { matrixSuite } from './matrix-suite';

matrixSuite('markup matrix: mutated pages, Leap', mutationVariants, (walk) => walk.crm === 'leap');
