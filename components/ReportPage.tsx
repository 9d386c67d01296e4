// "Report this page" (popup; the card's "The assistant is not following this page?" can reuse
// ReportPreview): the CRM tab's page as a redacted snapshot, shown to the person exactly as it would
// be sent, with an optional note; sent only on their click; the report id shown to quote.
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { rich, slot } from './rich';
import { ask } from '../utils/ask';
import { MAX_REPORT_NOTE_LENGTH } from '../utils/heavyset/report-limits';
import type { PageSnapshot } from '../utils/messages';
import { uiLocale } from './format';

type Stage = { kind: 'idle' } | { kind: 'preview'; snapshot: PageSnapshot } | { kind: 'sent'; id: string; pageUrl: string };

const size = (bytes: number) =>
  bytes < 1024
    ? i18n.t('report.bytes', { count: bytes })
    : i18n.t('report.kilobytes', { count: new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: bytes < 10_240 ? 1 : 0, minimumFractionDigits: bytes < 10_240 ? 1 : 0 }).format(bytes / 1024) });

export function ReportPage({ configured }: { configured: boolean }) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function run(action: () => Promise<string | null>) {
    setBusy(true);
    setProblem(null);
    try {
      setProblem(await action());
    } finally {
      setBusy(false);
    }
  }

  const take = () =>
    run(async () => {
      const reply = await ask({ type: 'report/snapshot' });
      if (!reply.ok) return reply.problem;
      setStage({ kind: 'preview', snapshot: reply.value });
      return null;
    });

  const send = (snapshot: PageSnapshot, note: string) =>
    run(async () => {
      const { crm, pageUrl, stepId, playbookVersion } = snapshot;
      const reply = await ask({ type: 'report/send', crm, pageUrl, stepId, playbookVersion, note, snapshot: snapshot.snapshot });
      if (!reply.ok) return reply.problem;
      setStage({ kind: 'sent', id: reply.value.id, pageUrl });
      return null;
    });

  return (
    <section class="card report-page" aria-labelledby="report-title">
      <h2 id="report-title">{i18n.t('report.title')}</h2>
      {stage.kind === 'idle' && (
        <>
          <p class="help">{i18n.t('report.help')}</p>
          <div class="actions">
            <button type="button" class="btn" disabled={busy || !configured} onClick={take}>
              {busy ? i18n.t('report.reading') : i18n.t('report.start')}
            </button>
            {!configured && <span class="hint">{i18n.t('report.connectFirst')}</span>}
          </div>
        </>
      )}
      {stage.kind === 'preview' && (
        <ReportPreview snapshot={stage.snapshot} busy={busy} onSend={(note) => send(stage.snapshot, note)} onCancel={() => setStage({ kind: 'idle' })} />
      )}
      {stage.kind === 'sent' && (
        <div class="success-box" role="status">
          <p>{i18n.t('report.sent', { page: stage.pageUrl })}</p>
          <p>{rich(i18n.t('report.id', { id: slot('id') }), { id: <code class="report-id">{stage.id}</code> })}</p>
        </div>
      )}
      {problem && (
        <p class="problem" role="alert">
          ⚠ {problem}
        </p>
      )}
    </section>
  );
}

interface PreviewProps {
  snapshot: PageSnapshot;
  busy: boolean;
  onSend(note: string): void;
  onCancel(): void;
}

/** Exactly what would be sent, to read before sending; the note is optional. */
export function ReportPreview({ snapshot, busy, onSend, onCancel }: PreviewProps) {
  const [note, setNote] = useState('');
  return (
    <>
      <p>
        {rich(
          i18n.t('report.summary', {
            crm: slot('crm'),
            page: slot('page'),
            step: snapshot.stepId ? i18n.t('report.step', { step: snapshot.stepId }) : '',
            size: size(snapshot.bytes),
            replaced: i18n.t('report.replaced', snapshot.replaced),
          }),
          { crm: <strong>{snapshot.crmName}</strong>, page: <code>{snapshot.pageUrl}</code> },
        )}
      </p>
      <p class="help">{i18n.t('report.previewHelp')}</p>
      <pre class="report-preview" tabIndex={0} aria-label={i18n.t('report.previewLabel')}>
        {snapshot.snapshot}
      </pre>
      <label class="report-note-label" for="report-note">
        {i18n.t('report.noteLabel')}
      </label>
      <textarea
        id="report-note"
        rows={3}
        maxLength={MAX_REPORT_NOTE_LENGTH}
        value={note}
        placeholder={i18n.t('report.notePlaceholder')}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="button" class="btn btn-primary" disabled={busy} onClick={() => onSend(note)}>
          {busy ? i18n.t('report.sending') : i18n.t('report.send')}
        </button>
        <button type="button" class="btn btn-quiet" disabled={busy} onClick={onCancel}>
          {i18n.t('report.cancel')}
        </button>
      </div>
    </>
  );
}
