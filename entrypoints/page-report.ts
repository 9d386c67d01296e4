// "Report this page", loaded on demand: a content script imports this file (a web-accessible
// resource of the CRM pages) when the background asks for a snapshot, so the redaction code is
// not in every content script. It runs in the content script's world and leaves the function there.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_REPORT_GLOBAL, snapshotAnswer } from '../utils/guide/page-report';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PAGE_REPORT_GLOBAL] = snapshotAnswer;
});
