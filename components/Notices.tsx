import { i18n } from '#i18n';
import { ask } from '../utils/ask';

/** What the assistant had to drop from its storage (an unreadable entry), until the person has read it. */
export function Notices({ notices, onChanged }: { notices: string[]; onChanged: () => void }) {
  if (!notices.length) return null;
  return (
    <section class="card warn" role="alert" aria-label={i18n.t('notices.label')}>
      {notices.map((notice) => (
        <p key={notice}>⚠ {notice}</p>
      ))}
      <button type="button" class="btn btn-small" onClick={() => void ask({ type: 'notices/clear' }).then(onChanged)}>
        {i18n.t('notices.dismiss')}
      </button>
    </section>
  );
}
