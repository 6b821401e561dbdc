import { useQuery } from "@apollo/client/react";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Link, useNavigate } from "react-router";
import { SearchDocument, type SearchField } from "../generated/graphql";
import { nodePath } from "../lib/paths";
import { KindBadge } from "./KindBadge";

/** Typing pauses shorter than this send one search, not one per key. */
const DEBOUNCE_MS = 120;

const FIELD_LABEL: Record<SearchField, string> = {
  NAME: "name",
  ALIAS: "also called",
  DESCRIPTION: "description",
  TEXT: "said",
  QUOTE: "in the sentence",
};

/** True when the key goes to a field the user is typing in (then "/" is a slash). */
function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element &&
    (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName))
  );
}

/**
 * Search as you type, over names, aliases, descriptions, statements and quoted sentences. A
 * combobox (WAI-ARIA): "/" focuses it from anywhere, arrows move through the hits while the focus
 * stays in the box, Enter opens the active hit (or the first), Escape closes; every hit is also a
 * real link.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState("");
  const [phrase, setPhrase] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const t = setTimeout(() => setPhrase(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typingIn(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const { data, previousData, loading } = useQuery(SearchDocument, {
    variables: { phrase },
    skip: phrase === "",
  });
  // While the next letters' hits load, the previous ones stay (no flicker as one types).
  const hits = phrase === "" ? [] : ((data ?? previousData)?.searchConnection.edges ?? []);
  const expanded = open && phrase !== "";

  useEffect(() => setActive(-1), [phrase]);

  const go = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setOpen(false);
    setText("");
    input.current?.blur();
    void navigate(nodePath(hit.node.kind, hit.node.id));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        setOpen(true);
        setActive((i) => (hits.length === 0 ? -1 : (i + 1) % hits.length));
        break;
      case "ArrowUp":
        event.preventDefault();
        setOpen(true);
        setActive((i) => (hits.length === 0 ? -1 : (i <= 0 ? hits.length : i) - 1));
        break;
      case "Enter":
        event.preventDefault();
        go(active >= 0 ? active : 0);
        break;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
        } else {
          setText("");
        }
        break;
    }
  };

  const optionId = (i: number) => `${listId}-hit-${i}`;
  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search the graph
      </label>
      <input
        id={`${listId}-input`}
        ref={input}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search (press /)"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${listId}-list`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        // Later than a click on a hit, which navigates first.
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={`${listId}-list`}
        role="listbox"
        aria-label="Search results"
        className="search-results"
        hidden={!expanded}
        aria-busy={loading}
      >
        {expanded && hits.length === 0 && !loading && (
          <li className="search-empty" role="presentation">
            Nothing found for “{phrase}”
          </li>
        )}
        {hits.map((hit, i) => (
          <li
            key={`${hit.node.id}:${hit.field}:${i}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? "active" : undefined}
            onMouseEnter={() => setActive(i)}
          >
            <Link
              to={nodePath(hit.node.kind, hit.node.id)}
              tabIndex={-1}
              onClick={() => {
                setOpen(false);
                setText("");
              }}
            >
              <KindBadge kind={hit.node.kind} />
              <span className="hit-label">{hit.node.label}</span>
              {hit.field !== "NAME" && (
                <span className="hit-match">
                  {FIELD_LABEL[hit.field]}: {hit.matched}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
