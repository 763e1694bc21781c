import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from '../../components/popup/Popup';
import { uiLang } from '../../lib/i18n';
import '../../components/popup/popup.css';

const lang = uiLang();
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup lang={lang} />
  </StrictMode>,
);
