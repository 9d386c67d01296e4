// What the card says: dangers first, then confirmations and questions, then the step.
import { i18n } from '#i18n';
import { Component } from 'preact';
import type { GuideActions, GuideView } from '../../utils/guide/view';

export function CardBody({ view, actions }: { view: GuideView; actions: GuideActions }) {
  const dangers = view.checks.filter((c) => !c.ok && c.danger);
  const checks = view.checks.filter((c) => c.ok || !c.danger);
  return (
    <>
      {dangers.map((d) => (
        <div class="danger" role="alert" key={d.name}>
          <strong>⚠ {d.name}</strong>
          {d.message && <p>{d.message}</p>}
        </div>
      ))}
      {view.status && (
        <p class={`status status--${view.status.tone}`} role="status">
          {view.status.tone === 'ok' ? '✓ ' : view.status.tone === 'danger' ? '⚠ ' : ''}
          {view.status.text}
        </p>
      )}
      {view.captures.map((c) => (
        <p class="ok" role="status" key={c.label}>
          {i18n.t('card.captured', { field: c.label, masked: `••••${c.lastFour}` })} <small>{i18n.t('card.capturedNote')}</small>
        </p>
      ))}
      {view.proposals.map((p) => (
        <div class="guard" role="alertdialog" aria-label={i18n.t('card.proposalLabel', { field: p.label })} key={p.field}>
          <p>{i18n.t('card.proposal', { field: p.label, proposed: `••••${p.proposed}`, held: `••••${p.held}` })}</p>
          <div class="row">
            <button class="btn" onClick={() => actions.onDecide(p.field, 'proposed')}>
              {i18n.t('card.useProposed', { proposed: `••••${p.proposed}` })}
            </button>
            <button class="btn btn--plain" onClick={() => actions.onDecide(p.field, 'held')}>
              {i18n.t('card.keepHeld', { held: `••••${p.held}` })}
            </button>
          </div>
        </div>
      ))}
      {view.guard && (
        <div class="guard" role="alertdialog" aria-label={i18n.t('card.confirm')}>
          <p>{view.guard}</p>
          <div class="row">
            <button class="btn" onClick={actions.onGuardContinue}>
              {i18n.t('card.continue')}
            </button>
            <button class="btn btn--plain" onClick={actions.onGuardCancel}>
              {i18n.t('card.cancel')}
            </button>
          </div>
        </div>
      )}
      <div class="body">
        {view.facts.length > 0 && (
          <dl class="facts" aria-label={i18n.t('card.facts')}>
            {view.facts.map((f) => (
              <div key={f.label} class={f.danger ? 'fact fact--danger' : 'fact'}>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        )}
        {view.waiting && <p class="small where">{i18n.t('card.where', { place: view.waiting.where })}</p>}
        {view.waiting && <CheckList checks={checks} />}
        {/* The step, read out when it changes (title and hint together), never interrupting. */}
        <div class="step-now" aria-live="polite" aria-atomic="true">
          <h2 class="title">{stepWords(view).title}</h2>
          <p class="hint">{stepWords(view).hint}</p>
        </div>
        {view.link && (
          <p class="small">
            <a class="link" href={view.link.url} target="_blank" rel="noopener noreferrer">
              {view.link.label} ↗
            </a>
          </p>
        )}
        <div class="row actions">
          {view.canFill && (
            <button class="btn" onClick={actions.onFill}>
              {i18n.t('card.fill')}
            </button>
          )}
          {(view.canPick || view.picking) && (
            <button class={view.picking ? 'btn' : 'btn btn--plain'} aria-pressed={!!view.picking} onClick={() => actions.onPick()}>
              {view.picking ? i18n.t('card.stopPicking') : i18n.t('card.pick')}
            </button>
          )}
        </div>
        {view.picking && (
          <p class="small" role="status">
            {i18n.t('card.picking', { field: view.picking })}
          </p>
        )}
        {view.fill && <FillSummary fill={view.fill} />}
        {!view.waiting && <CheckList checks={checks} />}
        {view.troubles.map((t) => (
          <p class="trouble" role="note" key={t}>
            {t}
          </p>
        ))}
        {view.alerts.map((p) => (
          <p class="trouble" role="alert" key={p}>
            {p}
          </p>
        ))}
      </div>
    </>
  );
}

/** "Filled 7 fields" and what could not be filled; the names on demand. */
class FillSummary extends Component<{ fill: { filled: string[]; missed: string[] } }, { open: boolean }> {
  override state = { open: false };

  render({ fill }: FillSummary['props'], { open }: FillSummary['state']) {
    return (
      <div class="small">
        {fill.filled.length > 0 && (
          <p class="small">
            {i18n.t('card.filled', fill.filled.length)}{' '}
            <button class="linkbutton" aria-expanded={open} onClick={() => this.setState({ open: !open })}>
              {open ? i18n.t('card.hide') : i18n.t('card.which')}
            </button>
          </p>
        )}
        {open && <p class="small">{fill.filled.join(', ')}</p>}
        {fill.missed.length > 0 && <p class="warn-text">{i18n.t('card.missed', { items: fill.missed.join(', ') })}</p>}
      </div>
    );
  }
}

/** What the page confirms (✓) or warns about (⚠); on a page without a step, what it confirms comes first. */
function CheckList({ checks }: { checks: GuideView['checks'] }) {
  if (!checks.length) return null;
  return (
    <ul class="checks">
      {checks.map((check) => (
        <li key={check.name} class={check.ok ? 'pass' : 'fail'}>
          {check.ok ? '✓' : '⚠'} {check.name}
          {!check.ok && check.message && <span class="small"> {check.message}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The step's words; on a page that shows none, what comes next and where (the engine says what, the card words it). */
export function stepWords(view: GuideView): { title: string; hint: string } {
  const waiting = view.waiting;
  if (!waiting) return { title: view.title, hint: view.hint };
  if (!waiting.next) return { title: i18n.t('card.allDone'), hint: i18n.t('card.allDoneHint') };
  return {
    title: i18n.t('card.nextTitle', { title: view.title }),
    hint: waiting.next.here ? view.hint : i18n.t('card.elsewhere', { place: waiting.next.place }),
  };
}
