import { useQueries } from '@tanstack/react-query';
import { type Theme, useCatalogue } from './api/get-catalogue.ts';
import { getTable, type TableMeta, useTableMeta } from './api/get-table.ts';

/**
 * Which published table a figure shows: the one with this id (a product the
 * build always publishes, such as `ketenstroom`), or the table of a theme,
 * found in the catalogue.
 */
export type ProductRef = { id: string; theme?: never } | { theme: Theme; id?: never };

export const productKey = (ref: ProductRef) => ref.id ?? `theme:${ref.theme}`;

/** The catalogue entry and metadata of a product; `missing` when the release has no such table. */
export function useProduct(ref: ProductRef) {
  const catalogue = useCatalogue();
  const tables = catalogue.data?.tables ?? [];
  const entry = ref.id ? tables.find((t) => t.id === ref.id) : tables.find((t) => t.theme === ref.theme);
  const meta = useTableMeta(entry?.id);
  return {
    catalogue: catalogue.data,
    entry,
    meta: meta.data,
    isPending: catalogue.isPending || (entry !== undefined && meta.isPending),
    error: catalogue.error ?? meta.error,
    missing: catalogue.isSuccess && entry === undefined,
  };
}

/** The products a page shows, each with its metadata, by `productKey`. */
export function useProducts(refs: readonly ProductRef[]) {
  const catalogue = useCatalogue();
  const tables = catalogue.data?.tables ?? [];
  const entries = refs.map((ref) => ({
    ref,
    entry: ref.id ? tables.find((t) => t.id === ref.id) : tables.find((t) => t.theme === ref.theme),
  }));
  const metas = useQueries({
    queries: entries.map(({ entry }) => ({
      queryKey: ['open-data', 'table', entry?.id],
      queryFn: () => getTable(entry?.id ?? ''),
      enabled: entry !== undefined,
      staleTime: 5 * 60_000,
    })),
  });
  const found = new Map<string, TableMeta>();
  entries.forEach(({ ref }, i) => {
    const meta = metas[i]?.data;
    if (meta) found.set(productKey(ref), meta);
  });
  return {
    catalogue: catalogue.data,
    metas: found,
    isPending: catalogue.isPending || entries.some(({ entry }, i) => entry && metas[i]?.isPending),
    error: catalogue.error ?? metas.find((m) => m.error)?.error ?? null,
  };
}
