// The matrix on the independent renderings (test/sandbox/renderings) and on the default sandbox pages,
// with the built extension: one `it` per walk, judged as every matrix walk is (matrix-suite.ts). Each
// walk runs once, with the playbook conformance probe in its pages (as refined-github tests each
// selector against saved pages: conformance/page-probe.ts evaluates the engine's own locate/holds on
// every page state a walk reaches, with the guide state the background had then); after the walks,
// conformance/playbook-coverage.ts asserts what the probe saw of every playbook. The longest file of
// the suite: the test sequencer (test/sequencer.ts) starts it first.
import { bundleProbe, CoverageRecorder } from '../conformance/coverage';
import { leapStaffWalk, stIntegrationWalk, zohoLookalikeThenConnectedWalk } from '../conformance/extra-walks';
import { playbookCoverageSuite } from '../conformance/playbook-coverage';
import { extensionHooks } from './extension-probe';
import { allVariants } from './index';
import { matrixSuite } from './matrix-suite';
import { leapMidFlowWalk, leapWalk, stBookingWalk, stConnectionsWalk, stWholeWalk, zohoNoCrmWalk, zohoOrgWalk } from './sandbox-walks';
import type { MarkupVariant } from './types';

/** The default sandbox pages (test/sandbox/sites), walked as the mutations walk them, unmutated, and
 *  into the states only the conformance needs (conformance/extra-walks.ts). */
const defaultPages: MarkupVariant = {
  id: 'sandbox',
  description: 'The default sandbox pages.',
  sites: [],
  walks: [leapWalk(), leapMidFlowWalk(), leapStaffWalk(), stWholeWalk(), stConnectionsWalk(), stBookingWalk(), stIntegrationWalk(), zohoOrgWalk(), zohoNoCrmWalk(), zohoLookalikeThenConnectedWalk()],
};

let recorder: CoverageRecorder | undefined;

matrixSuite('markup matrix: independent renderings and the default pages, with the conformance probe', [...allVariants, defaultPages], undefined, {
  async hooks() {
    recorder = new CoverageRecorder(await bundleProbe(), extensionHooks);
    return recorder.hooks;
  },
  walking(name) {
    recorder!.walk = name;
  },
});

playbookCoverageSuite(() => {
  if (!recorder) throw new Error('The walks did not start: no coverage to judge.');
  return recorder;
});
