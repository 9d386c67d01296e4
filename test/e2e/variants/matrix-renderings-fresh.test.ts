// The matrix on the renderings written last from the seeds (Element-UI drawer, Material UI portals,
// Zoho radio cards) with the built extension: one `it` per walk.
import { freshVariants } from './index';
import { matrixSuite } from './matrix-suite';

matrixSuite('markup matrix: independent renderings, other UI kits', freshVariants);
