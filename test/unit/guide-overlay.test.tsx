import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Overlay } from '../../components/overlay/Overlay';
import type { GuideActions, GuideView } from '../../utils/guide/view';

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
  minimised: false,
  rings: [{ rect: { top: 100, left: 200, width: 120, height: 30 }, label: 'Click here', tone: 'accent' }],
  ...over,
});

let host: HTMLElement;
let actions: GuideActions;
beforeEach(() => {
  document.body.innerHTML = '';
  host = document.createElement('div');
  document.body.append(host);
  actions = { onFill: vi.fn(), onToggleMinimised: vi.fn(), onGuardContinue: vi.fn(), onGuardCancel: vi.fn(), onDecide: vi.fn() };
});

const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

describe('Overlay', () => {
  it('renders the step, progress, checks, troubles, the capture (last 4) and the ring', () => {
    render(<Overlay view={view()} actions={actions} />, host);
    const card = host.querySelector('[role=complementary]')!;
    expect(card.getAttribute('aria-label')).toBe('HeavySet Setup Assistant');
    expect(card.textContent).toContain('Step 4 of 8');
    expect(host.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow')).toBe('38');
    expect(card.textContent).toContain('API Token captured ••••wxyz');
    expect(card.textContent).toContain('kept encrypted until you send it');
    expect(host.querySelector('.hs-pass')?.textContent).toContain('✓');
    expect(host.querySelector('.hs-fail')?.textContent).toContain('The dot is not green.');
    expect(host.querySelector('[role=note]')?.textContent).toContain('Settings → Developers');
    const ring = host.querySelector<HTMLElement>('.hs-ring')!;
    expect(ring.style.top).toBe('96px');
    expect(ring.textContent).toBe('Click here');
    button('Fill for me')!.click();
    expect(actions.onFill).toHaveBeenCalledTimes(1);
  });

  it('shows fill results, the guard prompt, and minimises', () => {
    render(<Overlay view={view({ fill: { filled: ['Token Name'], missed: ['Email Address'] }, guard: 'Generate again?' })} actions={actions} />, host);
    expect(host.textContent).toContain('Filled: Token Name');
    expect(host.textContent).toContain('Could not fill: Email Address');
    button('Continue')!.click();
    button('Cancel')!.click();
    expect(actions.onGuardContinue).toHaveBeenCalledTimes(1);
    expect(actions.onGuardCancel).toHaveBeenCalledTimes(1);
    button('Minimise')!.click();
    expect(actions.onToggleMinimised).toHaveBeenCalledTimes(1);
    render(<Overlay view={view({ minimised: true })} actions={actions} />, host);
    expect(host.textContent).not.toContain('Name the token');
    expect(button('Show assistant')).toBeDefined();
    expect(host.textContent).toContain('••••wxyz');
  });
});
