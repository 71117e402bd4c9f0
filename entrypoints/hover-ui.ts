import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountHoverCards } from '@/lib/annotate/card-ui';
import { HOVER_UI_GLOBAL } from '@/lib/annotate/hover-types';

// Injected on demand into the content script's isolated world (never into the page's own world).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[HOVER_UI_GLOBAL] = mountHoverCards;
});
