// Mounts the guide on a CRM page: the engine's view rendered as the card in
// <heavyset-assistant>'s shadow root. Called by each CRM's content-script entry.
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Playbook } from '../../utils/guide/playbook';
import type { GuideActions, GuideView } from '../../utils/guide/view';
import { startGuide } from '../../utils/guide/guide';
import { ask } from '../../utils/ask';
import { Overlay } from './Overlay';

export async function mountAssistant(ctx: ContentScriptContext, playbook: Playbook): Promise<void> {
  let container: HTMLElement | undefined;
  let last: { view: GuideView; actions: GuideActions } | undefined;
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
    lifecycle: ctx,
    ask,
    memory: sessionStorage,
    render(view, actions) {
      last = { view, actions };
      paint();
    },
  });
  await guide.start();
}
