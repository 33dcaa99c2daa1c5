import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProvider } from './app/context';
import { createClient } from './api/client';
import { detectTransport } from './api/transport';
import './styles/app.css';

const api = createClient(detectTransport());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider api={api}>
      <App />
    </AppProvider>
  </StrictMode>,
);
