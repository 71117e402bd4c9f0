import { useEffect, useState } from 'preact/hooks';
import { loadSettings, settingsItem } from '@/lib/browser/storage';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '@/lib/browser/settings';
import { browser } from 'wxt/browser';
import type { PackInfo } from '@/lib/browser/messages';

/** Options: which packs cards draw on, and where and when Backstory runs. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState('');
  const [saved, setSaved] = useState('');
  const [packs, setPacks] = useState<PackInfo[]>([]);
  useEffect(() => {
    void loadSettings().then((s) => {
      setSettings(s);
      setSites(s.neverRunOn.join('\n'));
    });
    void (browser.runtime.sendMessage({ type: 'list-packs' }) as Promise<PackInfo[]>).then(setPacks);
  }, []);
  if (!settings) return <p>Loading…</p>;
  const save = async (next: Settings) => {
    const { settings: valid, reset } = validateSettings(next);
    await settingsItem.setValue(valid);
    setSettings(valid);
    setSaved(reset.length ? `Saved; ${reset.join(', ')} reset to defaults (invalid value).` : 'Saved.');
  };
  return (
    <div class="bs-root">
      <h1>Backstory options</h1>
      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <p class="bs-muted">Cards draw only on the packs switched on here. All of them are on this device; nothing is looked up online.</p>
        {packs.map((p) => {
          const s = p.counts;
          const on = !settings.disabledPacks.includes(p.id);
          return (
            <div class="bs-card" key={p.id}>
              <label class="bs-opt-row">
                <input
                  type="checkbox"
                  checked={on}
                  data-pack={p.id}
                  onChange={(e) => {
                    const enable = (e.currentTarget as HTMLInputElement).checked;
                    void save({ ...settings, disabledPacks: enable ? settings.disabledPacks.filter((x) => x !== p.id) : [...settings.disabledPacks, p.id] });
                  }}
                />
                <span>
                  <strong>{p.name}</strong> <span class="bs-muted">v{p.version}, checked to {p.checked}</span>
                  <br />
                  {p.description}
                  <br />
                  <span class="bs-muted">
                    {s.person} people · {s.outlet} outlets · {s.organization} organisations · {s.stateAffiliations} assessments · {p.license}
                    {p.attribution ? ` · ${p.attribution}` : ''}
                  </span>
                </span>
              </label>
            </div>
          );
        })}
      </section>
      <section aria-labelledby="where">
        <h2 id="where">Where and when it runs</h2>
        <label class="bs-opt-row">
          <input type="checkbox" checked={settings.autoRun} onChange={(e) => void save({ ...settings, autoRun: (e.currentTarget as HTMLInputElement).checked })} />
          <span>Run by itself on article pages (otherwise only when you click the toolbar icon)</span>
        </label>
        <label class="bs-opt-row">
          <input type="checkbox" checked={settings.highlights} onChange={(e) => void save({ ...settings, highlights: (e.currentTarget as HTMLInputElement).checked })} />
          <span>Highlight names in the article</span>
        </label>
        <label class="bs-opt-row">
          <input type="checkbox" checked={settings.hoverCards} onChange={(e) => void save({ ...settings, hoverCards: (e.currentTarget as HTMLInputElement).checked })} />
          <span>Show a card when the pointer rests on a highlighted name</span>
        </label>
        <label class="bs-opt-row">
          <span>Age notice for articles older than</span>
          <input
            type="number"
            min={0}
            max={600}
            value={settings.ageNoticeMonths}
            style={{ width: '5em' }}
            onChange={(e) => void save({ ...settings, ageNoticeMonths: Number((e.currentTarget as HTMLInputElement).value) })}
          />
          <span>months</span>
        </label>
        <label for="never">Never run on these sites (one per line; subdomains included)</label>
        <textarea id="never" value={sites} onInput={(e) => setSites((e.currentTarget as HTMLTextAreaElement).value)} />
        <button
          onClick={() =>
            void save({ ...settings, neverRunOn: sites.split(/\s+/).map((s) => s.trim().toLowerCase()).filter(Boolean) })
          }
        >
          Save sites
        </button>{' '}
        <button onClick={() => void save({ ...DEFAULT_SETTINGS })}>Reset all settings</button>
        {saved && <p role="status">{saved}</p>}
      </section>
    </div>
  );
}
