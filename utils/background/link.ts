// The link to HeavySet: API URL, sealed connect code, engineer e-mail, and the session the
// code opens (organization + CRM config). The code is sealed with its API URL as additional
// data and is only ever sent there: a new URL needs the code again. A code that cannot be
// decrypted (the browser's key is gone) is dropped with words, never an exception.
import { i18n } from '#i18n';
import { z } from 'zod';
import { ApiUrl, ConnectCode, type Session } from '../heavyset/contract';
import { ApiError, createClient, type ApiFailure, type ClientOptions, type HeavySetClient } from '../heavyset/client';
import { codeRefusal, describeFailure } from '../heavyset/errors';
import type { ServerClock } from '../heavyset/server-clock';
import type { CryptoBox } from '../crypto-box';
import { createSerial } from '../serial';
import { addNotice } from '../stored';
import { linkItem, readLink, type HeavySetLink } from './stores';
import { answer, refuse, type Reply } from '../messages';

export interface LinkInput {
  apiUrl: string;
  connectCode: string;
  engineerEmail: string;
}

export const codeLost = (): string => i18n.t('bg.link.codeLost');

const firstIssue = (error: z.ZodError) => error.issues[0]?.message ?? i18n.t('bg.link.invalid');
/** The seal's additional data: the code opens only for the API URL it was saved with. */
const boundTo = (apiUrl: string) => `heavyset-link|${apiUrl}`;

export interface LinkOptions {
  makeClient?: (options: ClientOptions) => HeavySetClient;
  /** Told of every answer's `Date` (HeavySet's clock). */
  clock?: Pick<ServerClock, 'observe'>;
}

export function createLink(box: CryptoBox, options: LinkOptions = {}) {
  const makeClient = options.makeClient ?? createClient;
  const client = (apiUrl: string, connectCode: string, extra: Partial<ClientOptions> = {}) =>
    makeClient({ apiUrl, connectCode, clock: options.clock, ...extra });
  const exclusive = createSerial();

  /** The saved code, for the saved URL only; one that cannot be decrypted is dropped, in words. */
  async function openCode(link: HeavySetLink): Promise<string | undefined> {
    if (!link.code) return undefined;
    try {
      return await box.open(link.code, link.codeUnbound ? undefined : boundTo(link.apiUrl));
    } catch {
      const lost = link.code;
      await exclusive(async () => {
        const now = await readLink();
        if (now.code?.data !== lost.data) return; // saved again meanwhile
        await linkItem.setValue({ apiUrl: now.apiUrl, engineerEmail: now.engineerEmail, codeProblem: codeLost() });
        await addNotice(codeLost());
      });
      return undefined;
    }
  }

  /** Any call HeavySet answered by refusing the code: remembered until a new code works, so the
   *  popup says it once, at the top, and sending waits for a new code. Other failures are ignored. */
  async function refused(failure: ApiFailure): Promise<void> {
    const refusal = codeRefusal(failure);
    if (!refusal) return;
    await exclusive(async () => {
      const link = await readLink();
      if (!link.code) return;
      await linkItem.setValue({ ...link, sessionProblem: refusal.message, sessionTitle: refusal.title });
    });
  }

  return {
    read: readLink,

    /** Whether a saved code opens (one that does not is dropped here, with words). */
    async hasCode(): Promise<boolean> {
      return (await openCode(await readLink())) !== undefined;
    },

    /** The client for the saved link, or why there is none (in words). */
    async client(): Promise<{ client: HeavySetClient; session: Session } | { problem: string }> {
      const link = await readLink();
      const code = await openCode(link);
      if (!code || !link.session) return { problem: (await readLink()).codeProblem ?? i18n.t('bg.link.notConnected') };
      return { client: client(link.apiUrl, code), session: link.session };
    },

    /** Checks the code with GET /v1/session and keeps everything only when it works. */
    async save(input: LinkInput): Promise<Reply<Session>> {
      const apiUrl = ApiUrl.safeParse(input.apiUrl);
      if (!apiUrl.success) return refuse(i18n.t('bg.link.apiUrl', { problem: firstIssue(apiUrl.error) }));
      const email = input.engineerEmail.trim();
      if (email && !z.email().safeParse(email).success)
        return refuse(i18n.t('bg.link.badEmail'));
      const typed = input.connectCode.trim();
      const link = await readLink();
      let code: string | undefined;
      if (typed) {
        const parsed = ConnectCode.safeParse(typed);
        if (!parsed.success) return refuse(i18n.t('bg.link.code', { problem: firstIssue(parsed.error) }));
        code = parsed.data;
      } else if (link.code && apiUrl.data !== link.apiUrl) {
        // The saved code goes to the address it was saved for, never to a new one.
        return refuse(i18n.t('bg.link.codeAgain', { url: link.apiUrl }));
      } else {
        code = await openCode(link);
        if (!code) return refuse(link.code || link.codeProblem ? i18n.t('bg.link.code', { problem: codeLost() }) : i18n.t('bg.link.pasteCode'));
      }

      let session: Session;
      try {
        session = await client(apiUrl.data, code, { retries: 1, timeoutMs: 8_000 }).session();
      } catch (error) {
        const failure = error instanceof ApiError ? error.failure : ({ kind: 'offline' } as const);
        const why =
          failure.kind === 'offline' || failure.kind === 'timeout'
            ? i18n.t('bg.link.unreachable', { url: apiUrl.data })
            : describeFailure(failure);
        return refuse(why);
      }
      await exclusive(async () =>
        linkItem.setValue({
          apiUrl: apiUrl.data,
          engineerEmail: email,
          code: await box.seal(code, boundTo(apiUrl.data)),
          codeLastFour: code.slice(-4),
          session,
        }),
      );
      return answer(session);
    },

    /** Re-reads the session (e.g. to notice an expired code); keeps the last good one on network errors. */
    async refreshSession(): Promise<void> {
      const link = await readLink();
      const code = await openCode(link);
      if (!code) return;
      let patch: Partial<HeavySetLink>;
      try {
        patch = { session: await client(link.apiUrl, code, { retries: 0, timeoutMs: 5_000 }).session(), sessionProblem: undefined, sessionTitle: undefined };
      } catch (error) {
        if (error instanceof ApiError) await refused(error.failure);
        return;
      }
      await exclusive(async () => {
        const now = await readLink();
        // Saved again while HeavySet answered: that answer is about the old code.
        if (now.code?.data === link.code?.data && now.apiUrl === link.apiUrl) await linkItem.setValue({ ...now, ...patch });
      });
    },

    refused,
  };
}
export type Link = ReturnType<typeof createLink>;
