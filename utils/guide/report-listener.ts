// The content script's side of "Report this page": answers the background's `page/snapshot`
// (browser.tabs.sendMessage: from the extension itself only) with a redacted snapshot of the page as
// it is now, the card's step and the playbook version in use. The redaction code (page-report.ts)
// is loaded only then, from the extension (entrypoints/page-report.ts). Our own card is left out.
import { i18n } from '#i18n';
import { answerExtension } from '../ext';
import { loadExtensionModule } from './extension-module';
import type { PageSnapshotAnswer, PageSnapshotRequest, Reply } from '../messages';
import { PAGE_REPORT_GLOBAL, type snapshotAnswer, type SnapshotSource } from './page-report';

export type Snapshotter = typeof snapshotAnswer;

/** Imports the redaction code from the extension (a web-accessible resource of the CRM pages). */
export const loadPageReport = (): Promise<Snapshotter> => loadExtensionModule<Snapshotter>('/page-report.js', PAGE_REPORT_GLOBAL);

export function answerSnapshotRequests(lifecycle: { onInvalidated(callback: () => void): () => void }, source: SnapshotSource, load = loadPageReport): void {
  answerExtension(lifecycle.onInvalidated, (message) => {
    const request = message as PageSnapshotRequest | null;
    if (request?.type !== 'page/snapshot') return undefined;
    return load().then((answer) => answer(document, request, source)).then(
      (value): Reply<PageSnapshotAnswer> => ({ ok: true, value }),
      (): Reply<PageSnapshotAnswer> => ({ ok: false, problem: i18n.t('card.unreadable') }),
    );
  });
}
