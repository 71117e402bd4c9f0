import { useEffect, useState } from 'preact/hooks';
import { loadSettings, settingsItem } from '@/lib/browser/storage';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '@/lib/browser/settings';
import type { PackInfo } from '@/lib/browser/messages';
import { api } from './options/api';
import { PackList } from './options/PackList';
import { ImportPack } from './options/ImportPack';
import { SettingsBackup } from './options/SettingsBackup';

/** Options: which packs cards draw on (and in which order), and where and when Backstory runs. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState('');
  const [saved, setSaved] = useState('');
  const [packs, setPacks] = useState<PackInfo[]>([]);
  const reloadPacks = () => void api.listPacks().then(setPacks);
  useEffect(() => {
    void loadSettings().then((s) => {
      setSettings(s);
      setSites(s.neverRunOn.join('\n'));
    });
    reloadPacks();
  }, []);
  if (!settings) return <p>Loading…</p>;
  const save = async (next: Settings, note = '') => {
    const { settings: valid, reset } = validateSettings(next);
    await settingsItem.setValue(valid);
    setSettings(valid);
    setSites(valid.neverRunOn.join('\n'));
    setSaved(reset.length ? `Saved; ${reset.join(', ')} had an invalid value and went back to the default.` : note || 'Saved.');
    reloadPacks();
    void api.refreshTabs();
  };
  const toggle = (key: 'autoRun' | 'highlights' | 'hoverCards') => (e: Event) => void save({ ...settings, [key]: (e.currentTarget as HTMLInputElement).checked });
  return (
    <div class="bs-root">
      <h1>Backstory options</h1>
      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <p class="bs-muted">
          Cards draw only on the packs switched on here, all kept on this device. When two packs describe the same person, outlet or organisation, the higher one wins and
          the card names it.
        </p>
        <PackList
          packs={packs}
          onChanged={reloadPacks}
          onToggle={(id, enable) => {
            setPacks(packs.map((p) => (p.id === id ? { ...p, enabled: enable } : p)));
            void save({ ...settings, disabledPacks: enable ? settings.disabledPacks.filter((x) => x !== id) : [...new Set([...settings.disabledPacks, id])] });
          }}
        />
        <ImportPack onImported={reloadPacks} />
      </section>
      <section aria-labelledby="where">
        <h2 id="where">Where and when it runs</h2>
        <label class="bs-opt-row">
          <input type="checkbox" checked={settings.autoRun} onChange={toggle('autoRun')} />
          <span>Run by itself on article pages (otherwise only when you click the toolbar icon)</span>
        </label>
        <label class="bs-opt-row">
          <input type="checkbox" checked={settings.highlights} onChange={toggle('highlights')} />
          <span>Highlight names in the article</span>
        </label>
        <label class="bs-opt-row">
          <input type="checkbox" checked={settings.hoverCards} onChange={toggle('hoverCards')} />
          <span>Show a card when the pointer rests on a highlighted name</span>
        </label>
        <label class="bs-opt-row">
          <span>Age notice for articles older than</span>
          <input type="number" min={0} max={600} value={settings.ageNoticeMonths} style={{ width: '5em' }} onChange={(e) => void save({ ...settings, ageNoticeMonths: Number((e.currentTarget as HTMLInputElement).value) })} />
          <span>months</span>
        </label>
        <label for="never">Never run on these sites (one per line; subdomains included)</label>
        <textarea id="never" value={sites} onInput={(e) => setSites((e.currentTarget as HTMLTextAreaElement).value)} />
        <button onClick={() => void save({ ...settings, neverRunOn: sites.split(/\s+/).map((s) => s.trim().toLowerCase()).filter(Boolean) })}>Save sites</button>
      </section>
      <section aria-labelledby="backup">
        <h2 id="backup">Your settings</h2>
        <SettingsBackup settings={settings} onImport={(s, reset) => void save(s, reset.length ? '' : 'Settings imported.')} />
        <button onClick={() => void save({ ...DEFAULT_SETTINGS }, 'All settings are back to their defaults.')}>Reset all settings</button>
        {saved && <p role="status">{saved}</p>}
      </section>
    </div>
  );
}
