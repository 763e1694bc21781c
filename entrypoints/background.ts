import { defineBackground } from 'wxt/utils/define-background';
import { registerCompiledGuidance } from '../lib/background/compiled-guidance';
import { registerExtraSites } from '../lib/background/extra-sites';
import { openTryPageOnInstall } from '../lib/background/first-run';
import { registerGuidance } from '../lib/background/guidance';
import { registerOpenTabsOnGrant } from '../lib/background/open-tabs';
import { registerPopupBackground } from '../lib/background/popup-support';

// Thin on purpose: each area registers its own listeners from lib/background.
export default defineBackground(() => {
  registerGuidance();
  registerCompiledGuidance();
  registerExtraSites();
  registerOpenTabsOnGrant();
  registerPopupBackground();
  openTryPageOnInstall();
});
