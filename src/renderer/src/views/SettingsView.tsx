import { useApp } from '../app/context';
import { AuditCard } from './settings/AuditCard';
import { BackupsCard } from './settings/BackupsCard';
import { PrivacyCard } from './settings/PrivacyCard';
import type { ViewProps } from '.';

/** Settings: privacy (blind review, retention, erased people), backups, and the audit log. */
export function SettingsView(_props: ViewProps) {
  const { info } = useApp();
  return (
    <section className="view settings-view">
      <header className="view-header">
        <div>
          <h1>Settings</h1>
          <p className="muted">Privacy, backups and the record of what was done in {info?.workspace ?? 'this workspace'}. Everything stays on this computer.</p>
        </div>
      </header>
      <div className="settings-scroll">
        <div className="settings-columns">
          <PrivacyCard />
          <BackupsCard />
        </div>
        <AuditCard />
      </div>
    </section>
  );
}
