/** The sidebar icon of the graph view: three linked nodes. */
export function GraphIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M7.5 7.5l4 8M8.5 6h8" />
      <circle cx="6" cy="6" r="2.5" />
      <circle cx="18.5" cy="6" r="2.5" />
      <circle cx="13" cy="18" r="2.5" />
    </svg>
  );
}
