/** A deviation's severity as icon + word, so it never rests on colour alone. */
import { severityLabel } from '@/lib/report/format';
import { useI18n } from './i18n';
import type { Severity } from '@/lib/engine/report';
import Icon from './Icon';

export interface Props {
  severity: Severity;
}

export default function SeverityBadge({ severity }: Props) {
  const i18n = useI18n();
  return (
    <span class={`severity severity-${severity}`}>
      <Icon name={severity} size={14} />
      {severityLabel(severity, i18n)}
    </span>
  );
}
