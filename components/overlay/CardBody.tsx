// What the card says: dangers first, then confirmations and questions, then the step.
import { useState } from 'preact/hooks';
import type { GuideActions, GuideView } from '../../utils/guide/view';

export function CardBody({ view, actions }: { view: GuideView; actions: GuideActions }) {
  const dangers = view.checks.filter((c) => !c.ok && c.danger);
  const checks = view.checks.filter((c) => c.ok || !c.danger);
  return (
    <>
      {dangers.map((d) => (
        <div class="hs-danger" role="alert" key={d.name}>
          <strong>⚠ {d.name}</strong>
          {d.message && <p>{d.message}</p>}
        </div>
      ))}
      {view.status && (
        <p class={`hs-status hs-status--${view.status.tone}`} role="status">
          {view.status.tone === 'ok' ? '✓ ' : view.status.tone === 'danger' ? '⚠ ' : ''}
          {view.status.text}
        </p>
      )}
      {view.captures.map((c) => (
        <p class="hs-ok" role="status" key={c.label}>
          {c.label} captured ••••{c.lastFour} <small>kept encrypted until you send it</small>
        </p>
      ))}
      {view.proposals.map((p) => (
        <div class="hs-guard" role="alertdialog" aria-label={`A different ${p.label}`} key={p.field}>
          <p>
            This page shows a different {p.label} (••••{p.proposed}) than the one kept (••••{p.held}). Use the new one only if you generated it yourself
            just now.
          </p>
          <div class="hs-row">
            <button type="button" class="hs-btn" onClick={() => actions.onDecide(p.field, 'proposed')}>
              Use ••••{p.proposed}
            </button>
            <button type="button" class="hs-btn hs-btn--plain" onClick={() => actions.onDecide(p.field, 'held')}>
              Keep ••••{p.held}
            </button>
          </div>
        </div>
      ))}
      {view.guard && (
        <div class="hs-guard" role="alertdialog" aria-label="Confirm">
          <p>{view.guard}</p>
          <div class="hs-row">
            <button type="button" class="hs-btn" onClick={actions.onGuardContinue}>
              Continue
            </button>
            <button type="button" class="hs-btn hs-btn--plain" onClick={actions.onGuardCancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div class="hs-body">
        {view.facts.length > 0 && (
          <dl class="hs-facts" aria-label="What this page shows">
            {view.facts.map((f) => (
              <div key={f.label} class={f.danger ? 'hs-fact hs-fact--danger' : 'hs-fact'}>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        )}
        {view.waiting && <p class="hs-small hs-where">You are on: {view.waiting.where}</p>}
        {view.waiting && <CheckList checks={checks} />}
        {/* The step, read out when it changes (title and hint together), never interrupting. */}
        <div class="hs-step-now" aria-live="polite" aria-atomic="true">
          <h2 class="hs-title">{view.title}</h2>
          <p class="hs-hint">{view.hint}</p>
        </div>
        {view.link && (
          <p class="hs-small">
            <a class="hs-link" href={view.link.url} target="_blank" rel="noopener noreferrer">
              {view.link.label} ↗
            </a>
          </p>
        )}
        <div class="hs-row hs-actions">
          {view.canFill && (
            <button type="button" class="hs-btn" onClick={actions.onFill}>
              Fill for me
            </button>
          )}
          {(view.canPick || view.picking) && (
            <button type="button" class={view.picking ? 'hs-btn' : 'hs-btn hs-btn--plain'} aria-pressed={!!view.picking} onClick={() => actions.onPick()}>
              {view.picking ? 'Stop picking' : 'Pick on page'}
            </button>
          )}
        </div>
        {view.picking && (
          <p class="hs-small" role="status">
            Point at the {view.picking} on the page and click it; Esc cancels.
          </p>
        )}
        {view.fill && <FillSummary fill={view.fill} />}
        {!view.waiting && <CheckList checks={checks} />}
        {view.troubles.map((t) => (
          <p class="hs-trouble" role="note" key={t}>
            {t}
          </p>
        ))}
        {view.alerts.map((p) => (
          <p class="hs-trouble" role="alert" key={p}>
            {p}
          </p>
        ))}
      </div>
    </>
  );
}

/** "Filled 7 fields" and what could not be filled; the names on demand. */
function FillSummary({ fill }: { fill: { filled: string[]; missed: string[] } }) {
  const [open, setOpen] = useState(false);
  return (
    <div class="hs-small">
      {fill.filled.length > 0 && (
        <p class="hs-small">
          ✓ Filled {fill.filled.length} {fill.filled.length === 1 ? 'item' : 'items'}.{' '}
          <button type="button" class="hs-linkbutton" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Hide' : 'Which?'}
          </button>
        </p>
      )}
      {open && <p class="hs-small">{fill.filled.join(', ')}</p>}
      {fill.missed.length > 0 && <p class="hs-warn-text">Could not fill: {fill.missed.join(', ')} (highlighted: fill them by hand)</p>}
    </div>
  );
}

/** What the page confirms (✓) or warns about (⚠); on a page without a step, what it confirms comes first. */
function CheckList({ checks }: { checks: GuideView['checks'] }) {
  if (!checks.length) return null;
  return (
    <ul class="hs-checks">
      {checks.map((check) => (
        <li key={check.name} class={check.ok ? 'hs-pass' : 'hs-fail'}>
          {check.ok ? '✓' : '⚠'} {check.name}
          {!check.ok && check.message && <span class="hs-small"> {check.message}</span>}
        </li>
      ))}
    </ul>
  );
}
