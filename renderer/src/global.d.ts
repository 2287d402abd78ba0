// The preload exposes the contract on window.voicedrill; this is the renderer's only way to reach main.
import type { VoicedrillApi } from '../../common/contract';

declare global {
  interface Window {
    voicedrill: VoicedrillApi;
  }
}
