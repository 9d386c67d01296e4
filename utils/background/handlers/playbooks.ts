// Signed playbook updates: the playbook a content script uses from its start, and the options
// page's status (with "Check now").
import { i18n } from '#i18n';
import { answer, refuse } from '../../messages';
import type { Handlers } from './types';
import { inPersonsLanguage } from '../../guide/playbook-words';
import type { PlaybookUpdater } from '../playbooks/updater';
import type { PlaybookStatusView } from '../../messages';

export function playbookHandlers(
  updater: PlaybookUpdater,
  status: () => Promise<PlaybookStatusView>,
): Pick<Handlers, 'guide/playbook' | 'playbooks/status' | 'playbooks/check'> {
  return {
    async 'guide/playbook'(request) {
      const inUse = await updater.inUse(request.crm);
      if (!inUse) return refuse(i18n.t('bg.notSupported'));
      // Its words already in the person's language: the content scripts carry no catalogue lookups of their own.
      const playbook = inPersonsLanguage(inUse.playbook);
      return answer({ version: inUse.source === 'remote' ? inUse.version : null, playbook });
    },
    async 'playbooks/status'() {
      return answer(await status());
    },
    async 'playbooks/check'() {
      await updater.check();
      return answer(await status());
    },
  };
}
