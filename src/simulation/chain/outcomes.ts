/**
 * How a case ends: the OM's decision and its timing, the verdict and its
 * sanctions, and the CJIB executions and payments that follow.
 */
import type { ExecutedSanction, OmDecision, VerdictOutcome } from '../../statistics/index.ts';
import { type CareerStep, SERVICE_HOURS } from './calibration.ts';
import type { ChainContext } from './context.ts';
import { lead, logUniform } from './draws.ts';
import type { CaseRecord, Execution, Verdict } from './records.ts';

/** When a case at the OM is settled, by the kind of decision. */
export function decisionLead(ctx: ChainContext, decision: OmDecision): number {
  switch (decision) {
    case 'summons':
      return lead(ctx, 80, 0.5, 14, 365);
    case 'om-penalty-order':
      return lead(ctx, 45, 0.6, 7, 300);
    default:
      return lead(ctx, 55, 0.6, 7, 365);
  }
}

/** Days from verdict to irrevocable: the appeal term of 14 days, or an appeal. */
export function irrevocableLead(ctx: ChainContext): number {
  const rng = ctx.rng;
  return rng.chance(0.85) ? 14 + rng.int(0, 3) : lead(ctx, 320, 0.5, 90, 1000);
}

/** A fine or OM penalty order paid: most at once, some in instalments, a few not in full. */
export function payment(
  ctx: ChainContext,
  sanction: ExecutedSanction,
  start: number,
  due: number,
): Execution {
  const rng = ctx.rng;
  const r = rng.float();
  if (r < 0.72) {
    return {
      sanction,
      start,
      end: start + lead(ctx, 25, 0.8, 1, 120),
      due,
      paid: due,
      payment: 'at-end',
    };
  }
  if (r < 0.9) {
    return { sanction, start, end: start + rng.int(90, 400), due, paid: due, payment: 'instalments' };
  }
  return {
    sanction,
    start,
    end: start + rng.int(180, 720),
    due,
    paid: Math.round(due * rng.float() * 0.5),
    payment: 'instalments',
  };
}

/** A fine imposed by a court, whole euros (rounded as courts do). */
export function fineAmount(ctx: ChainContext): number {
  const amount = logUniform(ctx, 100, 5000);
  return amount < 500 ? Math.round(amount / 10) * 10 : Math.round(amount / 50) * 50;
}

/** The sanctions of a background conviction, and the executions that follow once it is irrevocable. */
export function convict(ctx: ChainContext, verdict: Verdict, executions: Execution[]): CareerStep {
  const rng = ctx.rng;
  const kind = ctx.rates.sanction.pick(rng);
  let step: CareerStep;
  switch (kind) {
    case 'prison': {
      // Unconditional prison equal to the time in police custody (a few days), which
      // needs no execution: it was served before the verdict.
      const days = rng.int(1, 6);
      const conditional = rng.chance(0.6) ? logUniform(ctx, 14, 180) : 0;
      verdict.prisonDays = days + conditional;
      verdict.conditionalDays = conditional;
      if (rng.chance(0.2)) verdict.hours = SERVICE_HOURS.pick(rng);
      step = 'prison';
      break;
    }
    case 'community-service': {
      verdict.hours = SERVICE_HOURS.pick(rng);
      if (rng.chance(0.3)) {
        const conditional = logUniform(ctx, 7, 90);
        verdict.prisonDays = conditional;
        verdict.conditionalDays = conditional;
      }
      step = 'community-service';
      break;
    }
    case 'fine': {
      verdict.fine = fineAmount(ctx);
      if (rng.chance(0.15)) {
        const conditional = logUniform(ctx, 7, 90);
        verdict.prisonDays = conditional;
        verdict.conditionalDays = conditional;
      }
      step = 'fine';
      break;
    }
    default: {
      const conditional = logUniform(ctx, 7, 180);
      verdict.prisonDays = conditional;
      verdict.conditionalDays = conditional;
      step = 'conditional';
    }
  }
  executeVerdict(ctx, verdict, executions);
  return step;
}

/** Community service and fines of an irrevocable verdict go to CJIB. */
export function executeVerdict(ctx: ChainContext, verdict: Verdict, executions: Execution[]): void {
  if (verdict.irrevocable < 0) return;
  const rng = ctx.rng;
  if (verdict.hours !== null) {
    const start = verdict.irrevocable + rng.int(14, 120);
    executions.push({
      sanction: 'community-service',
      start,
      end: start + Math.round(verdict.hours * 0.7) + rng.int(7, 60),
      due: null,
      paid: null,
      payment: 'at-end',
    });
  }
  if (verdict.fine !== null) {
    executions.push(payment(ctx, 'fine', verdict.irrevocable + rng.int(7, 30), verdict.fine));
  }
}

export function newVerdict(ctx: ChainContext, day: number, outcome: VerdictOutcome): Verdict {
  return {
    day,
    outcome,
    prisonDays: null,
    conditionalDays: null,
    hours: null,
    fine: null,
    tbs: false,
    pij: false,
    irrevocable: day + irrevocableLead(ctx),
  };
}

/**
 * The OM part of a background case from `inflow` on: the decision, the
 * verdict of a summons, the executions. Returns how it ended and when (for
 * the suspect's career).
 */
export function settle(ctx: ChainContext, record: CaseRecord, inflow: number): [CareerStep, number] {
  const rng = ctx.rng;
  record.inflow = inflow;
  const decision = ctx.rates.decision.pick(rng);
  record.decision = decision;
  record.decisionDay = inflow + decisionLead(ctx, decision);
  if (decision === 'om-penalty-order') {
    const start = record.decisionDay + rng.int(14, 45);
    const due = logUniform(ctx, 150, 1500);
    record.executions.push(payment(ctx, 'om-penalty-order', start, Math.round(due / 10) * 10));
    return ['om-penalty-order', record.decisionDay];
  }
  if (decision !== 'summons' || !rng.chance(ctx.calibration.verdictShare)) {
    return ['no-sanction', record.decisionDay];
  }
  const verdict = newVerdict(
    ctx,
    record.decisionDay + lead(ctx, 150, 0.45, 45, 540),
    ctx.rates.outcome.pick(rng),
  );
  record.verdict = verdict;
  if (verdict.outcome !== 'conviction') return ['no-sanction', verdict.day];
  return [convict(ctx, verdict, record.executions), verdict.day];
}
