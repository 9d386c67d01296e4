// The on-page card: the current step, what to do, what was captured (last 4 only). It keeps clear
// of what the step needs (placement.ts), can be dragged by its header and folded to a pill; both
// remembered per site.
import { i18n } from '#i18n';
import { Component, createRef } from 'preact';
import type { GuideActions, GuideView } from '../../utils/guide/view';
import { Ring } from './Ring';
import { MARGIN, placeCard } from './placement';
import type { CardMemory } from './card-memory';
import { CardBody, stepWords } from './CardBody';

interface Props {
  view: GuideView;
  actions: GuideActions;
  memory: CardMemory;
  remember(memory: CardMemory): void;
}

const CARD = { width: 340, height: 320 };

// A class, not hooks: preact/hooks would add a kilobyte (gzipped) to every CRM page's content script.
export class Overlay extends Component<Props, { size: typeof CARD; expandedBar: boolean }> {
  override state = { size: CARD, expandedBar: false };
  card = createRef<HTMLElement>();
  // Measured after each render (mounted, updated); a size that keeps changing (content reflowing with its place) is
  // measured four times a second at most, never in an endless render loop — and once more when the
  // pause is over, so a card that grew meanwhile is never placed by an old, smaller size (it would
  // run off the window's edge, its buttons out of reach).
  measuredAt = 0;
  timer = 0;
  /** Renders again, so the card is measured again. */
  measureAgain = () => this.setState({});

  // A window resized (snapped to half the screen): placed again in it, a dragged card kept inside.
  override componentDidMount() {
    addEventListener('resize', this.measureAgain);
    this.measure();
  }

  override componentDidUpdate() {
    this.measure();
  }

  override componentWillUnmount() {
    removeEventListener('resize', this.measureAgain);
    window.clearTimeout(this.timer);
  }

  measure() {
    window.clearTimeout(this.timer);
    const el = this.card.current;
    const { size } = this.state;
    if (!el || el.offsetWidth === 0) return;
    if (Math.abs(el.offsetWidth - size.width) < 2 && Math.abs(el.offsetHeight - size.height) < 2) return;
    const wait = this.measuredAt + 250 - Date.now();
    if (wait <= 0) {
      this.measuredAt = Date.now();
      this.setState({ size: { width: el.offsetWidth, height: el.offsetHeight } });
      return;
    }
    this.timer = window.setTimeout(this.measureAgain, wait);
  }

  render({ view, actions, memory, remember }: Props, { size, expandedBar }: Overlay['state']) {
    const { card } = this;
    const folded = !!memory.folded && !view.attention;

    // The width a scroll bar leaves: the page's rects are measured in it, and a right-corner card stays off the bar.
    const viewport = { width: Math.min(window.innerWidth, document.documentElement.clientWidth || Infinity), height: window.innerHeight };
    const place = placeCard(size, viewport, view.avoid, memory.dragged);
    const progress = view.stepCount ? Math.round((view.doneCount / view.stepCount) * 100) : 0;
    const stepLine = view.guideStep
      ? i18n.t('card.stepLineGuide', { number: view.stepNumber, total: view.stepCount, guideStep: view.guideStep })
      : i18n.t('card.stepLine', { number: view.stepNumber, total: view.stepCount });
    const rings = view.rings.map((ring, i) => <Ring key={i} ring={ring} />);

    if (folded) {
      return (
        <>
          {rings}
          <button
            class="pill"
            aria-label={i18n.t('card.pillLabel', { number: view.stepNumber, total: view.stepCount, step: stepLine })}
            onClick={() => remember({ ...memory, folded: false })}
          >
            <span aria-hidden="true">▸</span> {i18n.t('card.pill', { number: view.stepNumber, total: view.stepCount })}
          </button>
        </>
      );
    }

    if (place.mode === 'bar' && !expandedBar && !view.attention) {
      const captured = view.captures.at(-1);
      return (
        <>
          {rings}
          <aside class={`barline barline--${place.edge}`} role="complementary" aria-label={i18n.t('card.name')} tabIndex={-1}>
            <span class="barline__text" aria-live="polite">
              {/* A value just captured is said first: the bar is all the person sees of the card here. */}
              {captured && <span class="barline__ok">✓ {i18n.t('card.captured', { field: captured.label, masked: `••••${captured.lastFour}` })} · </span>}
              <strong>{stepLine}:</strong> {stepWords(view).title}
            </span>
            <button class="min" onClick={() => this.setState({ expandedBar: true })}>
              {i18n.t('card.show')}
            </button>
          </aside>
        </>
      );
    }

    // Held by its bottom edge at the window's bottom: a height measured a moment late (its content just
    // changed) never runs it off the window. The sides a drag sets are all set, so none it left stays. A
    // bar opened to a card sits at the bottom right.
    const spot = place.mode === 'card' ? place : { left: viewport.width - size.width - MARGIN, top: viewport.height };
    const bottom = Math.max(MARGIN, viewport.height - spot.top - size.height);
    const atBottom = bottom <= MARGIN + 1;
    const position = {
      left: `${spot.left}px`,
      top: atBottom ? 'auto' : `${spot.top}px`,
      bottom: atBottom ? `${bottom}px` : 'auto',
    };
    const startDrag = (event: PointerEvent) => {
      if ((event.target as Element).closest('button') || !card.current) return;
      const rect = card.current.getBoundingClientRect();
      const dx = event.clientX - rect.left;
      const dy = event.clientY - rect.top;
      let at = { top: rect.top, left: rect.left };
      const move = (e: PointerEvent) => {
        at = { top: e.clientY - dy, left: e.clientX - dx };
        if (card.current) Object.assign(card.current.style, { top: `${at.top}px`, bottom: 'auto', left: `${at.left}px` });
      };
      const up = () => {
        window.removeEventListener('pointermove', move, true);
        window.removeEventListener('pointerup', up, true);
        remember({ ...memory, dragged: at });
      };
      window.addEventListener('pointermove', move, true);
      window.addEventListener('pointerup', up, true);
    };

    return (
      <>
        {rings}
        {/* Its own element (key): never the bar's reused, whose size would then be measured as the card's. */}
        <aside key="card" ref={card} class="card" style={position} role="complementary" aria-label={i18n.t('card.name')} tabIndex={-1}>
          <header class="head" onPointerDown={startDrag} title={i18n.t('card.drag')}>
            <div class="head__text">
              <span class="brand">{i18n.t('card.brand', { crm: view.playbookName })}</span>
              <span class="step">{stepLine}</span>
            </div>
            <div class="row">
              {memory.dragged && (
                <button class="min" onClick={() => remember({ ...memory, dragged: undefined })} title={i18n.t('card.redockTitle')}>
                  {i18n.t('card.redock')}
                </button>
              )}
              <button class="min" aria-expanded="true" onClick={() => remember({ ...memory, folded: true })}>
                {i18n.t('card.minimise')}
              </button>
            </div>
          </header>
          <div class="bar" role="progressbar" aria-label={i18n.t('card.progress')} aria-valuenow={progress}>
            <div class="bar__fill" style={{ width: `${progress}%` }} />
          </div>
          <CardBody view={view} actions={actions} />
        </aside>
      </>
    );
  }
}
