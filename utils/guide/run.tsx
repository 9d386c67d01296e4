// Mounts the guide on a CRM page: the overlay in <heavyset-assistant>'s shadow root.
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Playbook } from './playbook';
import { ask } from '../ask';
import { Overlay } from '../../components/overlay/Overlay';
import type { OverlayActions, OverlayView } from '../../components/overlay/types';
import { startGuide } from './guide';

export async function runGuide(ctx: ContentScriptContext, playbook: Playbook): Promise<void> {
  let container: HTMLElement | undefined;
  let last: { view: OverlayView; actions: OverlayActions } | undefined;
  const paint = (): void => {
    if (container && last) render(<Overlay view={last.view} actions={last.actions} />, container);
  };
  const ui = await createShadowRootUi(ctx, {
    name: 'heavyset-assistant',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(uiContainer) {
      container = uiContainer;
      paint();
    },
    onRemove() {
      if (container) render(null, container);
      container = undefined;
    },
  });
  ui.mount();
  const guide = startGuide({
    playbook,
    doc: document,
    life: ctx,
    ask,
    storage: sessionStorage,
    render(view, actions) {
      last = { view, actions };
      paint();
    },
  });
  await guide.start();
}
