import { useState } from 'preact/hooks';
import { api } from './api';
import { MAX_PACK_BYTES } from '@/lib/dataset/import';

/** Import a pack from a file: validated in full by the background before anything is stored. */
export function ImportPack({ onImported }: { onImported(): void }) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  const [done, setDone] = useState('');
  const onFile = async (file: File | undefined) => {
    setErrors([]);
    setDone('');
    if (!file) return;
    if (file.size > MAX_PACK_BYTES) {
      setErrors([{ path: '$', message: `the file is ${(file.size / 1048576).toFixed(1)} MB; packs may be up to ${MAX_PACK_BYTES / 1048576} MB` }]);
      return;
    }
    setBusy(true);
    try {
      const r = await api.importPack(await file.text());
      if (r.ok) {
        setDone(`Imported “${r.pack.name}”: ${r.pack.counts.person} people, ${r.pack.counts.outlet} outlets, ${r.pack.counts.organization} organisations.`);
        onImported();
      } else setErrors(r.errors);
    } catch (e) {
      setErrors([{ path: '$', message: e instanceof Error ? e.message : String(e) }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="bs-import">
      <label for="pack-file">Import a pack (JSON, see the published schema)</label>{' '}
      <input id="pack-file" type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void onFile((e.currentTarget as HTMLInputElement).files?.[0])} />
      {busy && <p role="status">Checking the pack…</p>}
      {done && <p role="status" data-import="ok">{done}</p>}
      {errors.length > 0 && (
        <div role="alert" class="bs-notice" data-import="errors">
          <p>The pack was not imported; nothing was changed:</p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
