// Entry point. Without the preload's bridge there is nothing to talk to, so say so instead of failing later.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { QueryProvider } from './data/QueryProvider';
import { ToastProvider } from './notices/ToastProvider';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html is missing #root');

createRoot(container).render(
  <StrictMode>
    {'voicedrill' in window ? (
      <QueryProvider>
        <ToastProvider>
          <App />
        </ToastProvider>
      </QueryProvider>
    ) : (
      <div className="fatal" role="alert">
        <h1>Voicedrill must be opened from the desktop app</h1>
        <p>This page needs the app’s bridge to the recorder and library, and it isn’t available here.</p>
      </div>
    )}
  </StrictMode>,
);
