// The matrix on the mutated default pages (test/sandbox/renderings/mutations): ServiceTitan flows
// entered in the middle (Booking Providers → API Application Access; App Connections → Edit), with
// the built extension: one `it` per walk.
import { mutationVariants } from './index';
import { matrixSuite } from './matrix-suite';
import { isWholeSeed } from './sandbox-walks';

matrixSuite('markup matrix: mutated pages, ServiceTitan pages', mutationVariants, (walk) => walk.crm === 'servicetitan' && !isWholeSeed(walk));
