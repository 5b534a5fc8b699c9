/** A deviation's severity as icon + word, so it never rests on colour alone. */
import { SEVERITY_LABELS } from '@/lib/report/format';
import type { Severity } from '@/lib/engine/report';
import Icon from './Icon';

export interface Props {
  severity: Severity;
}

export default function SeverityBadge({ severity }: Props) {
  return (
    <span class={`severity severity-${severity}`}>
      <Icon name={severity} size={14} />
      {SEVERITY_LABELS[severity]}
    </span>
  );
}
