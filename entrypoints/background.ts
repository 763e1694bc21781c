import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired in lib/background (pack resolution, subscriptions, badges).
});
