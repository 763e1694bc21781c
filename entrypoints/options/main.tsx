import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsPage } from '../../components/options/OptionsPage';
import { ModelKitProvider } from '../../components/useModelKit';
import { loadPageModelKit } from '../../lib/guidance/page-model';
import { uiLang } from '../../lib/i18n';
import { to } from '../../lib/i18n/options-messages';
import '../../components/options/options.css';

const lang = uiLang();
document.documentElement.lang = lang;
document.title = to(lang, 'pageTitle');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ModelKitProvider load={loadPageModelKit}>
      <OptionsPage lang={lang} />
    </ModelKitProvider>
  </StrictMode>,
);
