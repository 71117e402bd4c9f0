import type { TabState } from '@/lib/browser/messages';
import { MAX_ELEMS_TO_PARSE } from '@/lib/extract/limits';

/** Everything the popup can say when there are no cards to show. */
export function StateView({ state, onAnalyse }: { state: TabState | { status: 'loading' }; onAnalyse: () => void }) {
  switch (state.status) {
    case 'loading':
    case 'none':
      return <p class="bs-state" role="status">Loading…</p>;
    case 'analysing':
      return <p class="bs-state" role="status">Analysing this article…</p>;
    case 'not-article':
      if (state.reason === 'too-large')
        return (
          <div class="bs-state" data-state="too-large">
            <p>This page is too large to analyse (more than {MAX_ELEMS_TO_PARSE.toLocaleString('en')} elements), so Backstory left it alone.</p>
          </div>
        );
      return (
        <div class="bs-state" data-state="not-article">
          <p>{state.reason === 'empty' ? 'No article text was found on this page.' : 'This page does not look like a news article, so Backstory left it alone.'}</p>
          <button onClick={onAnalyse}>Analyse it anyway</button>
        </div>
      );
    case 'no-access':
      return (
        <div class="bs-state" data-state="no-access">
          <p>Backstory may not read this site yet: your browser asks before extensions run here (site access “on click”).</p>
          <button onClick={onAnalyse}>Run on this page</button>
        </div>
      );
    case 'unsupported':
      return (
        <p class="bs-state" data-state="unsupported">
          Extensions cannot read this page (browser pages, the PDF viewer and extension stores are off limits). Open a news article to see its backstory.
        </p>
      );
    case 'off':
      return (
        <div class="bs-state" data-state="off">
          <p>{state.reason === 'site' ? 'Backstory is switched off on this site (you can change that in Options).' : 'Backstory runs here only when you ask.'}</p>
          {state.reason === 'click' && <button onClick={onAnalyse}>Analyse this page</button>}
        </div>
      );
    case 'error':
      return (
        <div class="bs-state" data-state="error">
          <p>Backstory could not analyse this page: {state.message}</p>
          <button onClick={onAnalyse}>Try again</button>
        </div>
      );
    default:
      return null;
  }
}
