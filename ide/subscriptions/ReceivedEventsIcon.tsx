/** The sidebar icon of the subscription events panel: a stream of lines arriving. */
export function ReceivedEventsIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M4 6h16M4 12h10M4 18h6" strokeLinecap="round" />
      <circle cx="18" cy="16" r="3" />
    </svg>
  );
}
