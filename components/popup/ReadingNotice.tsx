/** What ClauseLens could not read on this page (its language, too little text, part of it), and what to do. */
import type { ReadingProblem } from '@/lib/report/reading';
import Icon from '../common/Icon';

export interface Props {
  problem: ReadingProblem;
}

export default function ReadingNotice({ problem }: Props) {
  return (
    <section class={`reading-notice reading-${problem.kind}`} role="status" aria-labelledby="reading-heading">
      <p id="reading-heading" class="reading-title">
        <Icon name="question" size={14} /> {problem.title}
      </p>
      <p class="muted">{problem.advice}</p>
    </section>
  );
}
