/** Detention history (Injus): DJI events → episodes, stays and a timeline per person. */
export {
  applyDetentionEvent,
  type DetentionBatchState,
  type DetentionResult,
  detentionProjection,
  episodeAfter,
  episodeBefore,
  isDetentionEvent,
  loadDetentionState,
  writeDetention,
} from './apply.ts';
export type * from './model.ts';
export { caseSince, currentTitles, titlesInForce } from './model.ts';
export { personRoutes } from './routes.ts';
export { loadHistory } from './store.ts';
export { type PersonDetention, type SectorOf, type Transition, transition } from './transitions.ts';
