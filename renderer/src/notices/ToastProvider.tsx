// Shows main's notice events and the renderer's own short confirmations as toasts, bottom right.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useVoicedrillEvent } from '../api';
import { CloseIcon } from '../ui/Icons';
import { addToast, toastLifetimeMs, type Toast, type ToastLevel } from './toasts';

type ShowToast = (level: ToastLevel, message: string) => void;

const ToastContext = createContext<ShowToast>(() => undefined);

export function useToast(): ShowToast {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, number>());

  const dismiss = useCallback((id: number) => {
    window.clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);

  const push = useCallback(
    (level: ToastLevel, message: string, source: Toast['source']) => {
      const id = nextId.current++;
      setToasts((list) => addToast(list, { id, level, message, source }));
      timers.current.set(
        id,
        window.setTimeout(() => dismiss(id), toastLifetimeMs(level)),
      );
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) window.clearTimeout(timer);
    };
  }, []);

  useVoicedrillEvent('notice', (notice) => push(notice.level, notice.message, 'notice'));
  const showToast = useCallback<ShowToast>((level, message) => push(level, message, 'app'), [push]);

  return (
    <ToastContext.Provider value={showToast}>
      {children}
      <ol className="toasts" aria-live="polite" aria-label="Notifications">
        {toasts.map((toast) => (
          <li
            key={toast.id}
            className={`toast toast-${toast.level}`}
            data-testid={toast.source === 'notice' ? 'notice' : 'toast'}
            data-level={toast.level}
            role={toast.level === 'error' ? 'alert' : 'status'}
          >
            <span className="toast-message">{toast.message}</span>
            <button type="button" className="icon-button" aria-label="Dismiss notification" onClick={() => dismiss(toast.id)}>
              <CloseIcon />
            </button>
          </li>
        ))}
      </ol>
    </ToastContext.Provider>
  );
}
