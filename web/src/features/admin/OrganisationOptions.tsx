import { SelectOption } from '@rijkshuisstijl-community/components-react';
import type { Organisation } from './api/get-organisations.ts';

const byName = (a: Organisation, b: Organisation) => a.name.localeCompare(b.name, 'nl');

/** The organisations as options: the chain organisations first, then the municipalities, each by name. */
export function OrganisationOptions({ organisations }: { organisations: Organisation[] }) {
  const chain = organisations.filter((o) => o.kind !== 'municipality').sort(byName);
  const municipalities = organisations.filter((o) => o.kind === 'municipality').sort(byName);
  return (
    <>
      <optgroup label="Ketenorganisaties">
        {chain.map((o) => (
          <SelectOption key={o.code} value={o.code}>
            {o.name} ({o.code})
          </SelectOption>
        ))}
      </optgroup>
      <optgroup label="Gemeenten">
        {municipalities.map((o) => (
          <SelectOption key={o.code} value={o.code}>
            {o.name} ({o.code})
          </SelectOption>
        ))}
      </optgroup>
    </>
  );
}
