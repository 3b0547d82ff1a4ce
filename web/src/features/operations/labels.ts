/** The event sources as the operators' explanation form offers them. */
import type { Source } from '../../../../src/events/sources.ts';

export { SOURCES, type Source } from '../../../../src/events/sources.ts';

export const SOURCE_LABELS: Readonly<Record<Source, string>> = {
  SKDB: 'SKDB (strafrechtketendatabank)',
  'TULP-GW': 'TULP-GW (gevangeniswezen)',
  JVS: 'JVS (justitiële jeugdinrichtingen)',
  MITS: 'MITS (tbs)',
  CJIB: 'CJIB',
};
