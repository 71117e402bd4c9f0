import type { Fact } from '@/lib/analyze/analysis';

/** The facts of a card, each linked to where it comes from. */
export function Facts({ facts }: { facts: Fact[] }) {
  if (!facts.length) return null;
  return (
    <dl class="bs-facts">
      {facts.map((f) => (
        <div class="bs-fact" key={f.label + f.text}>
          <dt>{f.label}</dt>
          <dd>
            {f.text}
            {f.source && (
              <>
                {' '}
                <a class="bs-src" href={f.source.url} target="_blank" rel="noopener noreferrer" title={`Source: ${f.source.title}${f.source.checked ? ` (checked ${f.source.checked})` : ''}`}>
                  source
                </a>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
