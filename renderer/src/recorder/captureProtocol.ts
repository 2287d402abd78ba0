// Shared by the worklet and the page that loads it.
export const CAPTURE_PROCESSOR = 'voicedrill-capture';
