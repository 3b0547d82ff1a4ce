import { Button } from '@rijkshuisstijl-community/components-react';
import { useSearchParams } from 'react-router';

/**
 * Pages over a list the API serves with cursors (newest or oldest first):
 * the cursors of the pages seen so far sit in the URL (`?paginas=…`), so
 * "Vorige" goes back, a reload stays on the page, and filters reset it.
 */
export function useCursorPages() {
  const [params, setParams] = useSearchParams();
  const stack = (params.get('paginas') ?? '')
    .split(',')
    .filter((c) => /^([0-9A-Za-z-]{1,40}_)?[0-9]{1,15}$/.test(c));
  const go = (next: string[]) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next.length > 0) copy.set('paginas', next.join(','));
        else copy.delete('paginas');
        return copy;
      },
      { preventScrollReset: false },
    );
  return {
    cursor: stack.at(-1),
    page: stack.length + 1,
    next: (cursor: string) => go([...stack, cursor]),
    previous: () => go(stack.slice(0, -1)),
  };
}

export function CursorPagination({
  page,
  nextCursor,
  onNext,
  onPrevious,
}: {
  page: number;
  nextCursor: string | null;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
}) {
  if (page === 1 && !nextCursor) return null;
  return (
    <nav className="kz-pagination" aria-label="Paginering">
      <Button appearance="secondary-action-button" disabled={page === 1} onClick={onPrevious}>
        Vorige pagina
      </Button>
      <span aria-current="page">Pagina {page}</span>
      <Button
        appearance="secondary-action-button"
        disabled={!nextCursor}
        onClick={() => nextCursor && onNext(nextCursor)}
      >
        Volgende pagina
      </Button>
    </nav>
  );
}
