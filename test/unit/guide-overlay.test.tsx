import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Overlay } from '../../components/overlay/Overlay';
import type { GuideActions, GuideView } from '../../utils/guide/view';
import type { CardMemory } from '../../components/overlay/card-memory';

const view = (over: Partial<GuideView> = {}): GuideView => ({
  playbookName: 'Leap CRM',
  stepNumber: 4,
  stepCount: 8,
  doneCount: 3,
  title: 'Name the token "HeavySet Tech" and generate it',
  hint: 'Name the token "HeavySet Tech", then click "Generate Token" in this dialog.',
  canFill: true,
  checks: [
    { name: 'No earlier "HeavySet Tech" token', ok: true },
    { name: 'Allowed by Tenant', ok: false, message: 'The dot is not green.' },
  ],
  facts: [],
  troubles: ['This account cannot see Settings → Developers.'],
  captures: [{ label: 'API Token', lastFour: 'wxyz' }],
  alerts: [],
  proposals: [],
  guideStep: '4',
  canPick: false,
  attention: false,
  avoid: [],
  rings: [{ rect: { top: 100, left: 200, width: 120, height: 30 }, label: 'Click here', tone: 'accent' }],
  ...over,
});

let host: HTMLElement;
let actions: GuideActions;
let remembered: CardMemory[];
const remember = (m: CardMemory) => void remembered.push(m);
beforeEach(() => {
  document.body.innerHTML = '';
  host = document.createElement('div');
  document.body.append(host);
  actions = { onFill: vi.fn(), onPick: vi.fn(), onGuardContinue: vi.fn(), onGuardCancel: vi.fn(), onDecide: vi.fn() };
  remembered = [];
});

const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

describe('Overlay', () => {
  it('renders the step, progress, checks, troubles, the capture (last 4) and the ring', () => {
    render(<Overlay view={view()} actions={actions} memory={{}} remember={remember} />, host);
    const card = host.querySelector('[role=complementary]')!;
    expect(card.getAttribute('aria-label')).toBe('HeavySet Setup Assistant');
    expect(card.textContent).toContain('Step 4 of 8');
    expect(host.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow')).toBe('38');
    expect(card.textContent).toContain('API Token captured ••••wxyz');
    expect(card.textContent).toContain('kept encrypted until you send it');
    expect(host.querySelector('.pass')?.textContent).toContain('✓');
    expect(host.querySelector('.fail')?.textContent).toContain('The dot is not green.');
    expect(host.querySelector('[role=note]')?.textContent).toContain('Settings → Developers');
    const ring = host.querySelector<HTMLElement>('.ring')!;
    expect(ring.style.top).toBe('96px');
    expect(ring.textContent).toBe('Click here');
    button('Fill for me')!.click();
    expect(actions.onFill).toHaveBeenCalledTimes(1);
  });

  it('shows fill results, the guard prompt, and folds to a pill the person can reopen', () => {
    render(<Overlay view={view({ fill: { filled: ['Token Name'], missed: ['Email Address'] }, guard: 'Generate again?' })} actions={actions} memory={{}} remember={remember} />, host);
    expect(host.textContent).toContain('Filled 1 item');
    expect(host.textContent).toContain('Could not fill: Email Address');
    button('Continue')!.click();
    button('Cancel')!.click();
    expect(actions.onGuardContinue).toHaveBeenCalledTimes(1);
    expect(actions.onGuardCancel).toHaveBeenCalledTimes(1);
    button('Minimise')!.click();
    expect(remembered.at(-1)).toEqual({ folded: true });
    render(<Overlay view={view()} actions={actions} memory={{ folded: true }} remember={remember} />, host);
    expect(host.textContent).not.toContain('Name the token');
    const pill = host.querySelector<HTMLButtonElement>('.pill')!;
    expect(pill.getAttribute('aria-label')).toContain('Step 4 of 8');
    pill.click();
    expect(remembered.at(-1)).toEqual({ folded: false });
  });

  it('unfolds by itself when something needs the person (a question, a danger)', () => {
    render(<Overlay view={view({ attention: true, guard: 'Generate again?' })} actions={actions} memory={{ folded: true }} remember={remember} />, host);
    expect(host.querySelector('.pill')).toBeNull();
    expect(host.textContent).toContain('Generate again?');
  });

  it('offers Pick on page while a value is awaited, and says what is being picked', () => {
    render(<Overlay view={view({ canPick: true })} actions={actions} memory={{}} remember={remember} />, host);
    button('Pick on page')!.click();
    expect(actions.onPick).toHaveBeenCalledTimes(1);
    render(<Overlay view={view({ canPick: true, picking: 'API Token' })} actions={actions} memory={{}} remember={remember} />, host);
    expect(host.textContent).toContain('Point at the API Token');
    expect(button('Stop picking')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('a card that keeps growing never runs off the window, though its size is measured four times a second at most', async () => {
    let height = 200;
    const heightSpy = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(() => height);
    const widthSpy = vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(() => 340);
    const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
    /** Where the card's bottom edge is now, with its real height (the style may hold an older one). */
    const bottomEdge = () => {
      const style = host.querySelector<HTMLElement>('.card')!.style;
      return style.bottom ? window.innerHeight - Number.parseFloat(style.bottom) : Number.parseFloat(style.top) + height;
    };
    for (let i = 0; i < 7; i++) {
      height = 200 + i * 40; // the capture line, the Fill button, … arriving one render after another
      render(<Overlay view={view({ title: `Step title ${i}` })} actions={actions} memory={{}} remember={remember} />, host);
      await tick(20);
      expect(bottomEdge()).toBe(window.innerHeight - 12);
    }
    await tick(1_100);
    expect(bottomEdge()).toBe(window.innerHeight - 12);
    heightSpy.mockRestore();
    widthSpy.mockRestore();
  });

  it('a dragged card offers to re-dock', () => {
    render(<Overlay view={view()} actions={actions} memory={{ dragged: { top: 10, left: 10 } }} remember={remember} />, host);
    button('Re-dock')!.click();
    expect(remembered.at(-1)).toEqual({ dragged: undefined });
  });

  it('folded to a bar (no corner clear), says the value just captured before the step', () => {
    const everywhere = { top: 0, left: 0, width: 4000, height: 4000 };
    render(<Overlay view={view({ avoid: [everywhere] })} actions={actions} memory={{}} remember={remember} />, host);
    const bar = host.querySelector('.barline__text')!;
    expect(bar.textContent).toBe('✓ API Token captured ••••wxyz · Step 4 of 8 (guide §4): Name the token "HeavySet Tech" and generate it');
    render(<Overlay view={view({ avoid: [everywhere], captures: [] })} actions={actions} memory={{}} remember={remember} />, host);
    expect(host.querySelector('.barline__text')!.textContent).toMatch(/^Step 4 of 8/);
  });
});
