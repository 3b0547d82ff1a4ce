/** The source systems that deliver events (contract version 1). Imports nothing: the portal reads it too. */
export const SOURCES = ['SKDB', 'TULP-GW', 'JVS', 'MITS', 'CJIB'] as const;
export type Source = (typeof SOURCES)[number];
