// The matrix on the mutated default pages (test/sandbox/renderings/mutations), Zoho walks, with the
// built extension: one `it` per walk.
import { mutationVariants } from './index';
import { matrixSuite } from './matrix-suite';

matrixSuite('markup matrix: mutated pages, Zoho', mutationVariants, (walk) => walk.crm === 'zoho');
