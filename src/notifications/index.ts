/** Notifications: the rule sets, the decisions, routing, and the Berichtenbox's notices. */
export { nextStatus } from './box.ts';
export { buildContent, type ContentSources } from './content.ts';
export { explainRoutes } from './explain.ts';
export { FIELD_LISTS } from './fields.ts';
export type * from './model.ts';
export { BIJ_TYPES, BOX_ROLE, BOX_TYPES, REINTEGRATION_TYPES, VICTIM_TYPES } from './model.ts';
export {
  loadParticipation,
  type ParticipationException,
  type ParticipationSnapshot,
  participationException,
} from './participation.ts';
export { insertRegistrations, type NewRegistration } from './participation-store.ts';
export { notificationsProjection, type RuleChoice, ruleOutcomesOf } from './projection.ts';
export { expireNotices, retentionCutoff } from './retention.ts';
export { noticeRoutes } from './routes.ts';
export { lastPrivateAddress, routeByBrp } from './routing.ts';
export { bijEligibility, type DecisionContext, decide, type VictimRegistration } from './rules.ts';
export { legalBasisOf, RULE_SETS, RuleSet, ruleSetByName, ruleSetOn } from './rulesets.ts';
export { NoticeContent } from './schemas.ts';
export { confirmReviewsExceptNewest } from './store.ts';
