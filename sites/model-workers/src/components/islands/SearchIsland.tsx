// The search page's island: it takes over the page's search form, answers from the static index
// in the browser, and keeps the query in the address (?q=) so a search can be shared and is still
// there after the back button. Written against React's API only (hooks from 'react'), so it runs
// under React and under Preact's compat layer alike.

import { Fragment, useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type SubmitEvent } from 'react';
import { createSearchClient, SEARCH_UNAVAILABLE } from '../../lib/search/client.ts';
import {
  highlight,
  isSearchable,
  queryTerms,
  readQuery,
  RESULTS_PAGE,
  SEARCH_DEBOUNCE_MS,
  snippetOf,
  statusText,
  urlWithQuery,
  type SearchState,
  type Segment,
} from './search.ts';

interface Props {
  /** The folder of the search index files (routes.searchIndex()). */
  indexUrl: string;
  /** The search page's own path: where the form goes without JavaScript. */
  action: string;
}

/** Text with the query's terms in <mark>; every piece is a text node, so names can never inject markup. */
function Marked({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.mark ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>))}
    </>
  );
}

export default function SearchIsland({ indexUrl, action }: Props) {
  const id = useId();
  const client = useMemo(() => createSearchClient({ indexUrl }), [indexUrl]);
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const [shown, setShown] = useState(RESULTS_PAGE);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Answers can arrive out of order (a shard loads slowly); only the latest search may show.
  const latest = useRef(0);
  const focusFrom = useRef<number | null>(null);

  function run(next: string) {
    clearTimeout(timer.current);
    window.history.replaceState(window.history.state, '', urlWithQuery(window.location.href, next));
    const ticket = ++latest.current;
    if (!isSearchable(next)) {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'loading', query: next });
    client.search(next).then(
      (results) => {
        if (ticket !== latest.current) return;
        setShown(RESULTS_PAGE);
        setState({ kind: 'done', query: next, results });
      },
      // The client's own failures already carry SEARCH_UNAVAILABLE; anything else (a broken file) reads the same to a reader.
      () => ticket === latest.current && setState({ kind: 'error', query: next, message: SEARCH_UNAVAILABLE }),
    );
  }

  useEffect(() => {
    // A shared link or the back button brings ?q=; text typed before the island woke up counts too.
    const initial = readQuery(window.location.search) || input.current?.value.trim() || '';
    if (initial) {
      setQuery(initial);
      run(initial);
    }
    const restore = () => {
      const restored = readQuery(window.location.search);
      setQuery(restored);
      run(restored);
    };
    window.addEventListener('popstate', restore);
    return () => {
      window.removeEventListener('popstate', restore);
      clearTimeout(timer.current);
    };
    // Once, on hydration: `run` only reads the client, which lives as long as the island.
  }, []);

  useEffect(() => {
    // After 显示更多, keyboard users continue at the first result that was added.
    if (focusFrom.current === null) return;
    list.current?.querySelectorAll<HTMLAnchorElement>('.search-result__name')[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [shown]);

  function changed(event: ChangeEvent<HTMLInputElement>) {
    const next = event.target.value;
    setQuery(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => run(next), SEARCH_DEBOUNCE_MS);
  }

  function submitted(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    run(query);
  }

  function showMore() {
    focusFrom.current = shown;
    setShown(shown + RESULTS_PAGE);
  }

  const results = state.kind === 'done' ? state.results : [];
  const terms = state.kind === 'done' ? queryTerms(state.query) : [];
  const left = results.length - shown;

  return (
    <div className="search">
      <form className="search-form" role="search" action={action} method="get" onSubmit={submitted}>
        <label className="field__label" htmlFor={`${id}-q`}>
          姓名、单位、工种或荣誉
        </label>
        <div className="search-form__row field">
          <input
            ref={input}
            id={`${id}-q`}
            type="search"
            name="q"
            value={query}
            onChange={changed}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby={`${id}-hint`}
          />
          <button className="button button--primary" type="submit">
            搜索
          </button>
        </div>
        <p className="search-form__hint" id={`${id}-hint`}>
          例如：焊工、护士、王建国。输入多个词时用空格隔开，找出全部符合的劳模。
        </p>
      </form>

      <p className="search-status" role="status" aria-live="polite">
        {statusText(state)}
      </p>

      {state.kind === 'error' && (
        <p>
          <button className="button" type="button" onClick={() => run(state.query)}>
            重试
          </button>
        </p>
      )}
      {state.kind === 'done' && results.length === 0 && <p className="search-empty">请换一个词再试，或从下方的分类浏览全部劳模。</p>}
      {results.length > 0 && (
        <ol className="search-results" ref={list}>
          {results.slice(0, shown).map((result) => {
            const snippet = snippetOf(result, state.kind === 'done' ? state.query : '');
            return (
              <li className="search-result" key={result.url}>
                <a className="search-result__name" href={result.url}>
                  <Marked segments={highlight(result.name, terms)} />
                </a>
                {result.employer && (
                  <p className="search-result__employer">
                    <Marked segments={highlight(result.employer, terms)} />
                  </p>
                )}
                {snippet.length > 0 && (
                  <p className="search-result__snippet">
                    <Marked segments={snippet} />
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {left > 0 && (
        <p>
          <button className="button" type="button" onClick={showMore}>
            显示更多（还有 {left} 位）
          </button>
        </p>
      )}
    </div>
  );
}
