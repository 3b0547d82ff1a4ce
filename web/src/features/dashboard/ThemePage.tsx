import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import { Loading } from '../../components/Loading.tsx';
import { DashboardPage, LoadError, Unpublished } from './DashboardNav.tsx';
import { Figure } from './Figure.tsx';
import { productKey, useProducts } from './products.ts';
import { codeTitle, dimensionOf, SelectionForm, selectionText, useSelection } from './selection.tsx';
import type { ThemePageSpec } from './themes.ts';

/** A theme: its headline trend and the figures below it, for the period, region and offence group chosen. */
export function ThemePage({ spec }: { spec: ThemePageSpec }) {
  const refs = [spec.product, ...spec.figures.flatMap((f) => (f.product ? [f.product] : []))];
  const unique = refs.filter((r, i) => refs.findIndex((o) => productKey(o) === productKey(r)) === i);
  const products = useProducts(unique);
  const main = products.metas.get(productKey(spec.product));
  // A drill-down select comes from the first table on the page that has that dimension.
  const metas = unique.map((r) => products.metas.get(productKey(r)));
  const selectMeta = (id: string) => metas.find((m) => dimensionOf(m, id));
  const dimensions = spec.selects.map((id) => dimensionOf(selectMeta(id), id)).filter((d) => d !== undefined);
  const { selection, periods, set } = useSelection(main, spec.time, dimensions);
  const timeDimension = dimensionOf(main, spec.time);

  let content: ReactNode;
  if (products.isPending) content = <Loading text="De cijfers worden geladen…" />;
  else if (products.error) content = <LoadError error={products.error} />;
  else if (!main) content = <Unpublished nothing={(products.catalogue?.tables.length ?? 0) === 0} />;
  else
    content = (
      <>
        <SelectionForm
          time={spec.time}
          timeLabel={timeDimension?.title ?? 'Jaar'}
          periods={periods}
          dimensions={dimensions}
          selection={selection}
          onChange={set}
        />
        <Paragraph className="kz-dash-status" role="status">
          Getoond: {codeTitle(timeDimension, selection[spec.time] ?? '')}
          {dimensions.length > 0 ? ` · ${selectionText(selection, dimensions)}` : ''}
        </Paragraph>
        {spec.figures.map((figure) => {
          const meta = products.metas.get(productKey(figure.product ?? spec.product));
          return meta ? (
            <Figure
              key={figure.key}
              spec={figure}
              meta={meta}
              selection={selection}
              time={spec.time}
              selectDimensions={dimensions}
            />
          ) : null;
        })}
      </>
    );
  return (
    <DashboardPage title={spec.title} lead={spec.lead}>
      {content}
    </DashboardPage>
  );
}
