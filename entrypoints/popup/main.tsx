import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { ModelKitProvider } from '../../components/useModelKit';
import { loadPageModelKit } from '../../lib/guidance/page-model';
import { uiLang } from '../../lib/i18n';
import '../../components/popup/popup.css';

const lang = uiLang();
document.documentElement.lang = lang;
// A toolbar popup is as wide as its content asks, up to 800 px, and long advice would ask for all of
// it: give the popup a comfortable width of its own. Opened in a tab, the page stays fluid.
if (browser.extension.getViews({ type: 'popup' }).includes(window)) {
  document.documentElement.classList.add('bb-toolbar-popup');
}
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ModelKitProvider load={loadPageModelKit}>
      <Popup lang={lang} />
    </ModelKitProvider>
  </StrictMode>,
);
