import { defineBackground } from 'wxt/utils/define-background';
import { registerWorker } from '@/lib/browser/worker';

// Listeners are registered synchronously on every worker start; each awaits the one engine promise.
export default defineBackground(() => {
  registerWorker();
});
