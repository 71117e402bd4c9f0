import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContent } from '@/lib/content/run';
import '@/components/styles.css';
import './hover.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    void runContent(ctx).catch(() => {});
  },
});
