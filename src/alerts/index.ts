/** E-mail alerts: users hear that their Berichtenbox has something new (never what), by SMTP, from a durable queue. */
export {
  type AlertLog,
  type AlertOptions,
  type AlertRound,
  type AlertWorker,
  runAlertsOnce,
  startAlertWorker,
} from './jobs.ts';
export { composeLockNotice, type LockNoticeRound } from './lock-notices.ts';
export { type Mailer, type SmtpSettings, smtpLocation, smtpMailer } from './mailer.ts';
export {
  ALERT_ROLE,
  ALERT_STATUSES,
  type AlertMail,
  type AlertStatus,
  BOX_NAME,
  composeAlert,
  DEFAULT_RETRY,
  type RetryPolicy,
  retryDelay,
} from './model.ts';
export { type AlertDelivery, listDeliveries } from './store.ts';
