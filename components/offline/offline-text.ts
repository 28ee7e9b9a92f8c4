/** Every word the offline parts of the app show, in one place until the app gets translations. */
export const offlineText = {
  banner: "You are offline. Your answers are kept on this device and sent when the connection returns.",
  submitNeedsConnection: "Submitting needs a connection.",
} as const;
