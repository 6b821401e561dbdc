/** Whether the WebSocket of the subscriptions is open: a tiny store for useSyncExternalStore. */
export interface ConnectionStatus {
  subscribe(listener: () => void): () => void;
  getSnapshot(): boolean;
  set(connected: boolean): void;
}

export function createConnectionStatus(): ConnectionStatus {
  let connected = false;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => connected,
    set(value) {
      if (value === connected) return;
      connected = value;
      for (const listener of listeners) listener();
    },
  };
}
