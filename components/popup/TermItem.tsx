/** One key term and its normalized value; click to see the sentence on the page. */
import type { TermLine } from '@/lib/report/format';
import Icon from '../common/Icon';
import WhyDetails from '../common/WhyDetails';
import { useI18n } from '../common/i18n';

export interface Props {
  line: TermLine;
  onReveal(start: number, end: number, label: string): void;
}

export default function TermItem({ line, onReveal }: Props) {
  const { t } = useI18n();
  const { start, end } = line;
  const body = (
    <>
      <span class="term-label">{line.label}</span>
      <span class="term-value">{line.value}</span>
      {start !== null ? <Icon name="locate" size={14} /> : null}
    </>
  );
  return (
    <li class="entry term" data-term={line.key}>
      {start !== null && end !== null ? (
        <button type="button" class="entry-main term-row" title={t('popup.showSentence')} onClick={() => onReveal(start, end, line.label)}>
          {body}
        </button>
      ) : (
        <div class="entry-main term-row">{body}</div>
      )}
      {line.ref ? <span class="entry-ref term-ref">{line.ref}</span> : null}
      {line.layers?.length ? (
        <ul class="term-layers">
          {line.layers.map((l) => (
            <li key={l.layer} data-layer={l.layer}>
              <button type="button" class="term-layer" title={t('popup.showSentence')} onClick={() => onReveal(l.start, l.end, `${line.label} (${l.label})`)}>
                {l.label}: {l.value}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <WhyDetails evidence={line.evidence} why={line.why} label={line.label} />
    </li>
  );
}
