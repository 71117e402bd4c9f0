import type { StateAffiliationView } from '@/lib/analyze/analysis';

/** "State media" marker with the assessor's typology code. */
export function StateBadge({ state }: { state: StateAffiliationView | null }) {
  if (!state) return null;
  const strong = state.code === 'SC' || state.code === 'CaPu' || state.code === 'CaPr';
  return (
    <span class={`bs-badge ${strong ? 'bs-badge-state' : 'bs-badge-public'}`} title={`${state.label} — ${state.assessor}, ${state.year}`}>
      {strong ? 'State media' : 'Public media'} · {state.code}
    </span>
  );
}
