import { useApolloClient, useQuery, useSubscription } from "@apollo/client/react";
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { LiveEventsDocument, LogPositionDocument } from "../generated/graphql";
import type { ConnectionStatus } from "./connectionStatus";

export interface LiveState {
  /** The log's head as this page knows it: at its opening, then the newest event it was sent. */
  position: number | null;
  /** How many events arrived since the page opened. */
  received: number;
  /** True while the subscriptions' WebSocket is open. */
  connected: boolean;
}

const LiveContext = createContext<LiveState>({ position: null, received: 0, connected: false });

/** What the live subscription has seen: the header shows it, the graph's slider ends there. */
export function useLive(): LiveState {
  return useContext(LiveContext);
}

/** Events come in bursts (an article's facts, a command's events): one refetch for each burst. */
const REFETCH_DELAY_MS = 150;

/**
 * Subscribes to the log's events from its head at the page's opening (so nothing appended since is
 * missed, even before the subscription is set up) and, after each burst, refetches every query the
 * page shows (Apollo's active queries): whatever a new fact changes (a relation, an incident, the
 * timeline, the graph), the open page shows it without knowing what each event means.
 */
export function LiveUpdates({
  connection,
  children,
}: {
  connection: ConnectionStatus;
  children: ReactNode;
}) {
  const client = useApolloClient();
  const connected = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  // Fetched once: later heads come from the events themselves.
  const head = useQuery(LogPositionDocument, { fetchPolicy: "network-only" });
  const [openedAt, setOpenedAt] = useState<number | null>(null);
  const headPosition = head.data?.logPosition;
  useEffect(() => {
    if (headPosition !== undefined) setOpenedAt((at) => at ?? headPosition);
  }, [headPosition]);
  const [seen, setSeen] = useState<{ position: number | null; received: number }>({
    position: null,
    received: 0,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useSubscription(LiveEventsDocument, {
    skip: openedAt === null,
    variables: { fromPosition: (openedAt ?? 0) + 1 },
    onData: ({ data }) => {
      const event = data.data?.events;
      if (!event) return;
      setSeen((s) => ({ position: event.position, received: s.received + 1 }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void client.refetchObservableQueries(), REFETCH_DELAY_MS);
    },
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const value = useMemo<LiveState>(
    () => ({
      position: seen.position ?? openedAt,
      received: seen.received,
      connected,
    }),
    [seen, openedAt, connected],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}
