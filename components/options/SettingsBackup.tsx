import { useState } from 'preact/hooks';
import { parseSettingsExport, settingsExport, type Settings } from '@/lib/browser/settings';
import { download } from './api';

/** Export and import of all settings. A file from a newer version is refused whole. */
export function SettingsBackup({ settings, onImport }: { settings: Settings; onImport(s: Settings, reset: string[]): void }) {
  const [error, setError] = useState('');
  const onFile = async (file: File | undefined) => {
    setError('');
    if (!file) return;
    const r = parseSettingsExport(await file.text());
    if (r.ok) onImport(r.settings, r.reset);
    else setError(r.error);
  };
  return (
    <div class="bs-opt-row">
      <button onClick={() => download('backstory-settings.json', settingsExport(settings))}>Export settings</button>
      <label for="settings-file">Import settings</label>
      <input id="settings-file" type="file" accept=".json,application/json" onChange={(e) => void onFile((e.currentTarget as HTMLInputElement).files?.[0])} />
      {error && <p role="alert" class="bs-notice">{error}</p>}
    </div>
  );
}
