// Which web permissions the renderer gets: the microphone, for our own app:// page, and nothing else —
// no camera, no screen capture, no notifications, and nothing for any other origin that might be loaded.
// Pure decisions, so tests can reach them without Electron; installPermissionHandlers wires them up.

/** What Electron tells a permission request handler (a subset of its PermissionRequest details). */
export interface PermissionRequestDetails {
  requestingUrl?: string;
  securityOrigin?: string;
  mediaTypes?: readonly string[];
}

/** What Electron tells a permission check handler (a subset of PermissionCheckHandlerHandlerDetails). */
export interface PermissionCheckDetails {
  securityOrigin?: string;
  requestingUrl?: string;
  mediaType?: string;
}

/** The part of Electron's Session this module needs. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: PermissionRequestDetails,
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (contents: unknown, permission: string, requestingOrigin: string, details: PermissionCheckDetails) => boolean,
  ): void;
}

/** Whether `url` (a full URL or a bare origin) belongs to `appOrigin`, e.g. app://voicedrill. */
export function isAppOrigin(url: string | undefined, appOrigin: string): boolean {
  if (!url) return false;
  try {
    // Compared by scheme and host: URL.origin is "null" for custom schemes.
    const a = new URL(url);
    const b = new URL(appOrigin);
    return a.protocol === b.protocol && a.host === b.host && a.username === '' && a.password === '';
  } catch {
    return false;
  }
}

/** A permission request: `media` for audio alone, asked by our own page. */
export function allowPermissionRequest(permission: string, details: PermissionRequestDetails, appOrigin: string): boolean {
  if (permission !== 'media') return false;
  const origins = [details.requestingUrl, details.securityOrigin].filter((value) => value !== undefined);
  if (origins.length === 0 || !origins.every((origin) => isAppOrigin(origin, appOrigin))) return false;
  const types = details.mediaTypes ?? [];
  return types.length > 0 && types.every((type) => type === 'audio');
}

/** A permission check (e.g. device labels from enumerateDevices): `media` for audio, from our own page. */
export function allowPermissionCheck(
  permission: string,
  requestingOrigin: string,
  details: PermissionCheckDetails,
  appOrigin: string,
): boolean {
  if (permission !== 'media' || details.mediaType !== 'audio') return false;
  const origins = [requestingOrigin, details.securityOrigin, details.requestingUrl].filter((value) => value !== undefined);
  return origins.every((origin) => isAppOrigin(origin, appOrigin));
}

/** Installs both handlers on a session (the default session in main). */
export function installPermissionHandlers(session: PermissionSession, appOrigin: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowPermissionRequest(permission, details, appOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    allowPermissionCheck(permission, requestingOrigin, details, appOrigin),
  );
}
