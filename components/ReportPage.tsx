// "Report this page" (popup; the card's "The assistant is not following this page?" can reuse
// ReportPreview): the CRM tab's page as a redacted snapshot, shown to the person exactly as it would
// be sent, with an optional note; sent only on their click; the report id shown to quote.
import { useState } from 'preact/hooks';
import { ask } from '../utils/ask';
import { MAX_REPORT_NOTE_LENGTH } from '../utils/heavyset/contract-playbooks';
import type { PageSnapshot } from '../utils/messages';

type Stage = { kind: 'idle' } | { kind: 'preview'; snapshot: PageSnapshot } | { kind: 'sent'; id: string; pageUrl: string };

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`);

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
      <h2 id="report-title">Report this page</h2>
      {stage.kind === 'idle' && (
        <>
          <p class="help">
            The assistant is not following a CRM page? Send HeavySet a copy of the page without its values, so the guide can be
            fixed. You see it before it is sent.
          </p>
          <div class="actions">
            <button type="button" class="btn" disabled={busy || !configured} onClick={take}>
              {busy ? 'Reading the page…' : 'Report this page…'}
            </button>
            {!configured && <span class="hint">Connect to HeavySet in Settings first.</span>}
          </div>
        </>
      )}
      {stage.kind === 'preview' && (
        <ReportPreview snapshot={stage.snapshot} busy={busy} onSend={(note) => send(stage.snapshot, note)} onCancel={() => setStage({ kind: 'idle' })} />
      )}
      {stage.kind === 'sent' && (
        <div class="success-box" role="status">
          <p>✓ Report sent to HeavySet for {stage.pageUrl}.</p>
          <p>
            Report id: <code class="report-id">{stage.id}</code> — quote it when you contact HeavySet.
          </p>
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
        <strong>{snapshot.crmName}</strong> page <code>{snapshot.pageUrl}</code>
        {snapshot.stepId && <> · step “{snapshot.stepId}”</>} · {size(snapshot.bytes)} · {snapshot.replaced} value
        {snapshot.replaced === 1 ? '' : 's'} replaced
      </p>
      <p class="help">
        This is exactly what will be sent. Values are replaced by [input], [value], [token] and [email]; scripts and the
        address’s query are left out. Read it, then send it or cancel.
      </p>
      <pre class="report-preview" tabIndex={0} aria-label="What will be sent">
        {snapshot.snapshot}
      </pre>
      <label class="report-note-label" for="report-note">
        Note for HeavySet (optional)
      </label>
      <textarea
        id="report-note"
        rows={3}
        maxLength={MAX_REPORT_NOTE_LENGTH}
        value={note}
        placeholder="What did you expect the assistant to show?"
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="button" class="btn btn-primary" disabled={busy} onClick={() => onSend(note)}>
          {busy ? 'Sending…' : 'Send report'}
        </button>
        <button type="button" class="btn btn-quiet" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
