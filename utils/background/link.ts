// The link to HeavySet: API URL, sealed connect code, engineer e-mail, and the session the
// code opens (organization + CRM config).
import { z } from 'zod';
import { ApiUrl, ConnectCode, type Session } from '../heavyset/contract';
import { ApiError, createClient, type ApiFailure, type HeavySetClient } from '../heavyset/client';
import { codeRefusal, describeFailure } from '../heavyset/errors';
import type { CryptoBox } from '../crypto-box';
import { linkItem, readLink } from './stores';
import { answer, refuse, type Reply } from '../messages';

export interface LinkInput {
  apiUrl: string;
  connectCode: string;
  engineerEmail: string;
}

const firstIssue = (error: z.ZodError) => error.issues[0]?.message ?? 'Invalid value.';

export function createLink(box: CryptoBox, makeClient = createClient) {
  async function connectCode(): Promise<string | undefined> {
    const link = await readLink();
    return link.code ? box.open(link.code) : undefined;
  }

  /** Any call HeavySet answered by refusing the code: remembered until a new code works, so the
   *  popup says it once, at the top, and sending waits for a new code. Other failures are ignored. */
  async function refused(failure: ApiFailure): Promise<void> {
    const refusal = codeRefusal(failure);
    if (!refusal) return;
    const link = await readLink();
    if (!link.code) return;
    await linkItem.setValue({ ...link, sessionProblem: refusal.message, sessionTitle: refusal.title });
  }

  return {
    read: readLink,

    /** The client for the saved link, or why there is none (in words). */
    async client(): Promise<{ client: HeavySetClient; session: Session } | { problem: string }> {
      const link = await readLink();
      const code = await connectCode();
      if (!code || !link.session) return { problem: 'The assistant is not connected to HeavySet yet: open Settings and save a connect code.' };
      return { client: makeClient({ apiUrl: link.apiUrl, connectCode: code }), session: link.session };
    },

    /** Checks the code with GET /v1/session and keeps everything only when it works. */
    async save(input: LinkInput): Promise<Reply<Session>> {
      const apiUrl = ApiUrl.safeParse(input.apiUrl);
      if (!apiUrl.success) return refuse(`HeavySet API URL: ${firstIssue(apiUrl.error)}`);
      const email = input.engineerEmail.trim();
      if (email && !z.email().safeParse(email).success)
        return refuse('Engineer e-mail: this is not an e-mail address (example: jane@heavyset.tech).');
      const typed = input.connectCode.trim();
      const code = typed ? ConnectCode.safeParse(typed) : { success: true as const, data: await connectCode() };
      if (!code.success) return refuse(`Connect code: ${firstIssue(code.error)}`);
      if (!code.data) return refuse('Connect code: paste the code HeavySet issued for this organization.');

      let session: Session;
      try {
        session = await makeClient({ apiUrl: apiUrl.data, connectCode: code.data, retries: 1, timeoutMs: 8_000 }).session();
      } catch (error) {
        const failure = error instanceof ApiError ? error.failure : ({ kind: 'offline' } as const);
        const why =
          failure.kind === 'offline' || failure.kind === 'timeout'
            ? `HeavySet cannot be reached at ${apiUrl.data}: check the address and your connection.`
            : describeFailure(failure);
        return refuse(why);
      }
      await linkItem.setValue({
        apiUrl: apiUrl.data,
        engineerEmail: email,
        code: await box.seal(code.data),
        codeLastFour: code.data.slice(-4),
        session,
      });
      return answer(session);
    },

    /** Re-reads the session (e.g. to notice an expired code); keeps the last good one on network errors. */
    async refreshSession(): Promise<void> {
      const link = await readLink();
      const code = await connectCode();
      if (!code) return;
      try {
        const session = await makeClient({ apiUrl: link.apiUrl, connectCode: code, retries: 0, timeoutMs: 5_000 }).session();
        await linkItem.setValue({ ...link, session, sessionProblem: undefined, sessionTitle: undefined });
      } catch (error) {
        if (error instanceof ApiError) await refused(error.failure);
      }
    },

    refused,
  };
}
export type Link = ReturnType<typeof createLink>;
