import { useState } from "react";

/**
 * "More": asks for the next page of a list (a connection's page after its last cursor), busy
 * while it loads; nothing when there is no next page.
 */
export function MoreButton({
  hasMore,
  onMore,
  label = "More",
}: {
  hasMore: boolean;
  onMore: () => Promise<unknown>;
  label?: string;
}) {
  const [busy, setBusy] = useState(false);
  if (!hasMore) return null;
  const more = () => {
    setBusy(true);
    void onMore().finally(() => setBusy(false));
  };
  return (
    <button type="button" className="more" onClick={more} disabled={busy} aria-busy={busy}>
      {busy ? "Loading…" : label}
    </button>
  );
}
