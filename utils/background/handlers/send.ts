// Sending to HeavySet: the captured values, the settings, the verification.
import { i18n } from '#i18n';
import type { z } from 'zod';
import { answer, refuse } from '../../messages';
import type { Playbook } from '../../guide/playbook';
import type { Job } from '../../heavyset/queue';
import { newCodeHowTo } from '../../heavyset/errors';
import { settingsSchema } from '../../crm/settings-schema';
import type { Context } from '../context';
import { draftsItem, updateServerView } from '../stores';
import type { Handlers } from './types';

/** zod's own wording (too technical for a person): replaced by what to do. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Expected|Unrecognized|Required)\b/;

/** The first setting HeavySet would refuse, and what to do about it. */
function settingProblem(playbook: Playbook, error: z.ZodError): string {
  const issue = error.issues[0];
  const label = playbook.settings.find((s) => s.key === issue?.path[0])?.label ?? i18n.t('popupHeader.settings');
  const message = issue?.message ?? '';
  if (message && !ZOD_DEFAULT.test(message)) return message.startsWith(label) ? message : `${label}: ${message}`;
  if (issue?.code === 'invalid_format' && issue.format === 'email')
    return i18n.t('bg.send.badEmails', { label });
  if (issue?.code === 'unrecognized_keys') return i18n.t('bg.send.otherSettings');
  return i18n.t('bg.send.badSetting', { label });
}

export function sendHandlers(ctx: Context): Pick<Handlers, 'send' | 'settings/options' | 'settings/save' | 'verify'> {
  return {
    async send(request) {
      const linked = await ctx.linked(request.crm);
      if ('problem' in linked) return refuse(linked.problem);
      const refused = await ctx.link.read();
      if (refused.sessionProblem)
        return refuse(i18n.t('bg.send.codeRefused', { title: refused.sessionTitle ?? i18n.t('errors.titleRefused'), problem: refused.sessionProblem, howTo: newCodeHowTo() }));
      const { playbook } = linked;
      const configId = linked.session.crmConfig.id;
      const pending = (await ctx.vault.list(request.crm, configId)).filter((e) => e.sealed);
      const fieldsFor = (to: 'connection' | 'settings') =>
        pending
          .filter((entry) => {
            const spec = playbook.fields.find((f) => f.key === entry.field);
            return spec?.sendTo === to && !spec.readOnly;
          })
          .map((entry) => entry.field);
      const connection = fieldsFor('connection');
      const settings = fieldsFor('settings');
      if (!connection.length && !settings.length) return refuse(i18n.t('bg.send.nothing'));
      await ctx.queue.clearFailed(request.crm);
      const jobs: Job[] = [];
      if (connection.length) jobs.push(await ctx.queue.add({ crm: request.crm, configId, kind: 'connection', fields: connection }));
      if (settings.length) jobs.push(await ctx.queue.add({ crm: request.crm, configId, kind: 'settings', fields: settings }));
      const ids = Object.fromEntries(pending.map((e) => [e.field, e.id]));
      for (const job of jobs) await ctx.vault.setStatus(configId, request.crm, job.fields, 'queued', undefined, ids);
      void ctx.queue.run(true);
      return answer(null);
    },

    async 'settings/options'() {
      const linked = await ctx.linked();
      if ('problem' in linked) return refuse(linked.problem);
      try {
        return answer(await linked.client.settingsOptions(linked.session.crmConfig.id));
      } catch (error) {
        return refuse(ctx.problemOf(error, linked.playbook));
      }
    },

    async 'settings/save'(request) {
      const linked = await ctx.linked();
      if ('problem' in linked) return refuse(linked.problem);
      const { playbook } = linked;
      const parsed = settingsSchema(playbook.crm)!.safeParse(request.values);
      if (!parsed.success) return refuse(settingProblem(playbook, parsed.error));
      const configId = linked.session.crmConfig.id;
      await ctx.queue.add({ crm: playbook.crm, configId, kind: 'settings', fields: [], settings: parsed.data });
      await ctx.queue.run(true);
      const view = await ctx.queue.view(playbook.crm);
      if (view.state === 'failed') return refuse(i18n.t('bg.send.checkSettings', { problem: view.message ?? i18n.t('bg.send.settingsRefused') }));
      await draftsItem.setValue({});
      return answer(null);
    },

    async verify() {
      const linked = await ctx.linked();
      if ('problem' in linked) return refuse(linked.problem);
      const configId = linked.session.crmConfig.id;
      try {
        const result = await linked.client.verify(configId, crypto.randomUUID());
        // Stamped on the vault's clock: captures are compared with it (issue 10.4: a newer value is not verified).
        await updateServerView(configId, { verify: { ...result, at: (await ctx.vault.now()).toISOString() } });
        ctx.refreshServer(configId, true);
        return answer(result);
      } catch (error) {
        return refuse(ctx.problemOf(error, linked.playbook));
      }
    },
  };
}
