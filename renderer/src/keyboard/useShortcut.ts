// Binds one app shortcut on the window while `enabled`. The decision of what a key means is in shortcuts.ts.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { shortcutFor, type FocusInfo, type Shortcut } from './shortcuts';

function focusInfo(element: Element | null): FocusInfo | null {
  if (!element || element === document.body) return null;
  return {
    tagName: element.tagName,
    type: element instanceof HTMLInputElement ? element.type : '',
    isContentEditable: element instanceof HTMLElement && element.isContentEditable,
    inDialog: element.closest('dialog[open]') !== null,
    role: element.getAttribute('role') ?? '',
    isLink: element instanceof HTMLAnchorElement && element.hasAttribute('href'),
  };
}

/** The user's "single-key shortcuts" setting; read at key time, so a change applies at once. */
let singleKeyShortcuts = true;
const watchers = new Set<() => void>();

export function setSingleKeyShortcuts(enabled: boolean): void {
  if (enabled === singleKeyShortcuts) return;
  singleKeyShortcuts = enabled;
  for (const watcher of watchers) watcher();
}

/** Whether Space and P are shortcuts now, for hints that name them. */
export function useSingleKeyShortcuts(): boolean {
  return useSyncExternalStore(
    (watcher) => {
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
    () => singleKeyShortcuts,
  );
}

export function useShortcut(shortcut: Shortcut, handler: () => void, enabled: boolean): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      if (shortcutFor(event, focusInfo(document.activeElement), singleKeyShortcuts) !== shortcut) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [shortcut, enabled]);
}
