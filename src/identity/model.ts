/** The SKDB's view of a person: who, under which chain number. */

export type Gender = 'M' | 'V' | 'O';

export interface Person {
  skn: string;
  bsn: string | null;
  surname: string;
  givenNames: string;
  birthDate: string;
  gender: Gender;
}

export interface BrpAddress {
  validFrom: string;
  municipalityCode: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
}

export type DeterminationMethod = 'fingerprints' | 'identity-document' | 'statement';

export interface IdentityDetermination {
  method: DeterminationMethod;
  organisation: string;
  determinedAt: string;
}

export type DuplicateReason = 'same-bsn' | 'similar-name-same-birth-date';

export interface DuplicateCandidate {
  skn: string;
  candidateSkn: string;
  reason: DuplicateReason;
  /** 1 for the same BSN; the name similarity (0–1) otherwise. */
  score: number;
}
