/** A tab's kept state, re-evaluated when the active baseline changes. */
import { reevaluate } from '../engine/analyze';
import type { Baseline } from '../engine/baseline/baseline';
import type { TabState } from './protocol';

/** A tab's state with its report's deviations recomputed for `baseline` (the text is not read again). */
export function reevaluateTabState(state: TabState, baseline: Baseline): TabState {
  return state.report ? { ...state, report: reevaluate(state.report, baseline) } : state;
}
