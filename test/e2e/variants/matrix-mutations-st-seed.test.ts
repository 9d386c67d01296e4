// The matrix on the mutated default pages (test/sandbox/renderings/mutations): the whole ServiceTitan
// seed (sign-in to Application Key) on the kinds that change the New App form, with the built
// extension: one `it` per walk.
import { mutationVariants } from './index';
import { matrixSuite } from './matrix-suite';
import { isWholeSeed } from './sandbox-walks';

matrixSuite('markup matrix: mutated pages, ServiceTitan whole seed', mutationVariants, (walk) => walk.crm === 'servicetitan' && isWholeSeed(walk));
