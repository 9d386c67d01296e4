// The on-page card: the current step, what to do, what was captured (last 4 only).
import type { GuideActions, GuideView } from '../../utils/guide/view';
import { Ring } from './Ring';
import { cardSide } from './dock';

export function Overlay({ view, actions }: { view: GuideView; actions: GuideActions }) {
  const progress = view.stepCount ? Math.round((view.doneCount / view.stepCount) * 100) : 0;
  const side = cardSide(view.rings, { width: window.innerWidth, height: window.innerHeight });
  const dangers = view.checks.filter((c) => !c.ok && c.danger);
  const checks = view.checks.filter((c) => c.ok || !c.danger);
  return (
    <>
      {view.rings.map((ring, i) => (
        <Ring key={i} ring={ring} />
      ))}
      <aside class={side === 'left' ? 'hs-card hs-card--left' : 'hs-card'} role="complementary" aria-label="HeavySet Setup Assistant">
        <header class="hs-head">
          <div class="hs-head__text">
            <span class="hs-brand">HeavySet · {view.playbookName}</span>
            <span class="hs-step">
              Step {view.stepNumber} of {view.stepCount}
            </span>
          </div>
          <button
            type="button"
            class="hs-min"
            aria-expanded={!view.minimised}
            onClick={actions.onToggleMinimised}
          >
            {view.minimised ? 'Show assistant' : 'Minimise'}
          </button>
        </header>
        <div class="hs-bar" role="progressbar" aria-label="Guide progress" aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100}>
          <div class="hs-bar__fill" style={{ width: `${progress}%` }} />
        </div>
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
              This page shows a different {p.label} (••••{p.proposed}) than the one kept (••••{p.held}). Use the new one only if you generated it
              yourself just now.
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
        {!view.minimised && (
          <div class="hs-body">
            {view.facts && view.facts.length > 0 && (
              <dl class="hs-facts" aria-label="What this page shows">
                {view.facts.map((f) => (
                  <div key={f.label} class={f.danger ? 'hs-fact hs-fact--danger' : 'hs-fact'}>
                    <dt>{f.label}</dt>
                    <dd>{f.value}</dd>
                  </div>
                ))}
              </dl>
            )}
            <h2 class="hs-title">{view.title}</h2>
            <p class="hs-hint">{view.hint}</p>
            {view.canFill && (
              <button type="button" class="hs-btn" onClick={actions.onFill}>
                Fill for me
              </button>
            )}
            {view.fill && view.fill.filled.length > 0 && <p class="hs-small">Filled: {view.fill.filled.join(', ')}</p>}
            {view.fill && view.fill.missed.length > 0 && (
              <p class="hs-warn-text">Could not fill: {view.fill.missed.join(', ')} (highlighted)</p>
            )}
            {checks.length > 0 && (
              <ul class="hs-checks">
                {checks.map((check) => (
                  <li key={check.name} class={check.ok ? 'hs-pass' : 'hs-fail'}>
                    {check.ok ? '✓' : '⚠'} {check.name}
                    {!check.ok && check.message && <span class="hs-small"> {check.message}</span>}
                  </li>
                ))}
              </ul>
            )}
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
        )}
      </aside>
    </>
  );
}
