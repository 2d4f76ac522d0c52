const EVENT = 'support-hub:notifications-changed';

/** Tells the bell that notifications were read, so it recounts at once instead of at the next poll. */
export const notificationsChanged = {
  emit: () => window.dispatchEvent(new Event(EVENT)),
  listen: (handler: () => void) => {
    window.addEventListener(EVENT, handler);
    return () => window.removeEventListener(EVENT, handler);
  },
};
