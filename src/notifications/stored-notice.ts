/**
 * A notice as the box keeps it, and what its content is read from: the
 * shapes the store hands to the service, the views and the content builder.
 */
import type { TitleVersion } from '../detention/index.ts';
import type { BrpAddress } from '../identity/index.ts';
import type { Box, NoticeStatus, NoticeType, RoutingException } from './model.ts';

/** A notice as the box keeps it: who it is for, where it stands, and pointers to its content. */
export interface StoredNotice {
  id: number;
  eventLogId: number;
  skn: string;
  box: Box;
  type: NoticeType;
  recipient: string | null;
  routingException: RoutingException | null;
  victimReference: string | null;
  legalBasis: string;
  ruleSet: string;
  createdAt: Date;
  status: NoticeStatus;
  forwardedFrom: number | null;
  /** The event id of the earlier notice this one corrects (contract 1.1); null when none. */
  supersedes: string | null;
  /** The notice went out after the moment it announces. */
  late: boolean;
}

/** What a notice's content is made from, as loaded from the event log and the projections. */
export interface NoticeSources {
  /** The stored event as delivered (event_log.payload). */
  event: Readonly<Record<string, unknown>>;
  occurredAt: Date;
  person: { bsn: string | null; surname: string; givenNames: string; birthDate: string } | undefined;
  /** The detention episode the event belongs to. */
  episode:
    | {
        admittedOn: string;
        plannedEndDate: string | null;
        releasedOn: string | null;
        /** The offences of the titles in force on the event's date (what the rules judged). */
        offences: string[];
        /** Every version of every title of the episode. */
        titles: readonly TitleVersion[];
      }
    | undefined;
  /** The BRP addresses known when the event was processed (what the rules saw). */
  addresses: readonly BrpAddress[];
  /** The case of the victim registration a victims notice is for (box-reads.ts adds it). */
  victimCaseNumber?: string | null;
}
