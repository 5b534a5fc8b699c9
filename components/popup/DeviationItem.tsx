/** One deviation: severity, what was found against what the baseline expects; click to see it on the page. */
import type { DeviationLine } from '@/lib/report/format';
import Icon from '../common/Icon';
import SeverityBadge from '../common/SeverityBadge';
import WhyDetails from '../common/WhyDetails';
import { useI18n } from '../common/i18n';

export interface Props {
  line: DeviationLine;
  onReveal(start: number, end: number, label: string): void;
}

export default function DeviationItem({ line, onReveal }: Props) {
  const { t } = useI18n();
  const { start, end } = line;
  const body = (
    <>
      <span class="entry-head">
        <SeverityBadge severity={line.severity} />
        <span class="entry-title">{line.title}</span>
        {start !== null ? <Icon name="locate" size={14} /> : null}
      </span>
      <span class="entry-found">
        <span class="visually-hidden">{t('popup.found')}</span>
        {line.found}
      </span>
      <span class="entry-expected">
        {t('popup.expects', { expected: line.expected })}
        {start === null ? <span class="entry-note">{t('popup.notInDocument')}</span> : null}
      </span>
      {line.ref ? <span class="entry-ref">{line.ref}</span> : null}
    </>
  );
  return (
    <li class={`entry deviation deviation-${line.severity}`} data-rule={line.rule}>
      {start !== null && end !== null ? (
        <button type="button" class="entry-main" title={t('popup.showClause')} onClick={() => onReveal(start, end, line.title)}>
          {body}
        </button>
      ) : (
        <div class="entry-main">{body}</div>
      )}
      <WhyDetails evidence={line.evidence} why={line.why} label={line.title} />
    </li>
  );
}
