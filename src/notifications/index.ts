/** Notifications: the rule sets, the decisions, routing, and the Berichtenbox's notices. */
export {
  BOX_ROLE,
  BOX_TYPES,
  buildContent,
  FIELD_LISTS,
  type NoticeContent,
  type NoticeStatus,
  nextStatus,
} from './box.ts';
export { explainRoutes } from './explain.ts';
export type * from './model.ts';
export { BIJ_TYPES, REINTEGRATION_TYPES, VICTIM_TYPES } from './model.ts';
export { expireNotices, retentionCutoff } from './retention.ts';
export { noticeRoutes } from './routes.ts';
export { lastPrivateAddress, routeByBrp } from './routing.ts';
export { bijEligibility, type DecisionContext, decide, type VictimRegistration } from './rules.ts';
export { RULE_SETS, RuleSet, ruleSetByName, ruleSetOn } from './rulesets.ts';
export {
  confirmReviewsExceptNewest,
  insertDecisions,
  insertNotices,
  insertVictimRegistrations,
  loadVictimRegistrations,
} from './store.ts';
