import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/radio-button-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/table-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/link-button-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import './styles.css';
import { App } from './App';

// A file dropped anywhere but on an import zone does nothing: by default the browser would try to open it
// (Electron denies the navigation as well, see main/electron/security.ts).
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (event) => event.preventDefault());

const container = document.getElementById('root');
if (!container) throw new Error('Het element #root ontbreekt in index.html.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
