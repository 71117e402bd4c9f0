import type { PackInfo } from '@/lib/browser/messages';
import { api, download } from './api';

/** "1,713 people · 428 state assessments": only what the pack holds. */
function countsText(c: PackInfo['counts']): string {
  const parts: [number, string][] = [
    [c.person, 'people'],
    [c.outlet, 'outlets'],
    [c.organization, 'organisations'],
    [c.stateAffiliations, 'state assessments'],
  ];
  return parts.filter(([n]) => n > 0).map(([n, what]) => `${n.toLocaleString('en')} ${what}`).join(' · ') || 'empty';
}

interface Props {
  packs: PackInfo[];
  onToggle(id: string, enabled: boolean): void;
  onChanged(): void;
}

/** Every pack with its facts and switch; order decides which pack wins when two describe one entity. */
export function PackList({ packs, onToggle, onChanged }: Props) {
  const move = async (i: number, by: -1 | 1) => {
    const ids = packs.map((p) => p.id);
    const j = i + by;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    await api.setPackOrder(ids);
    onChanged();
  };
  const exportPack = async (p: PackInfo) => {
    const r = await api.exportPack(p.id);
    if (r.ok) download(`${p.id}.json`, r.text);
  };
  const remove = async (p: PackInfo) => {
    await api.removePack(p.id);
    onChanged();
  };
  return (
    <ol class="bs-packs" aria-label="Packs, highest priority first">
      {packs.map((p, i) => (
        <li class="bs-card" key={p.id} data-pack-card={p.id}>
          <label class="bs-opt-row">
            <input type="checkbox" checked={p.enabled} data-pack={p.id} onChange={(e) => onToggle(p.id, (e.currentTarget as HTMLInputElement).checked)} />
            <span>
              <strong>{p.name}</strong> <span class="bs-muted">{p.bundled ? 'bundled' : 'imported'} · v{p.version} · checked to {p.checked}</span>
            </span>
          </label>
          {p.description && <p>{p.description}</p>}
          <p class="bs-muted">
            {countsText(p.counts)}
            <br />
            Licence: {p.license}
            {p.attribution ? ` · ${p.attribution}` : ''}
          </p>
          <div class="bs-opt-row">
            <button onClick={() => void move(i, -1)} disabled={i === 0} aria-label={`Move ${p.name} up`}>↑</button>
            <button onClick={() => void move(i, 1)} disabled={i === packs.length - 1} aria-label={`Move ${p.name} down`}>↓</button>
            <button onClick={() => void exportPack(p)}>Export</button>
            {!p.bundled && <button onClick={() => void remove(p)}>Remove</button>}
          </div>
        </li>
      ))}
    </ol>
  );
}
