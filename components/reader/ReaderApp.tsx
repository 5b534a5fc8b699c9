/** The PDF reader's frame: what is open, progress and honest notices, opening a file by picking or dropping it; the pages are drawn into `pages`. */
import { useEffect, useRef, useState } from 'preact/hooks';
import PasswordForm from './PasswordForm';
import ReaderNotice from './ReaderNotice';
import { useI18n } from '../common/i18n';
import type { I18n } from '@/lib/report/i18n';

/** What opening a PDF came to. */
export type ReaderOutcome =
  | { kind: 'shown'; title: string; pages: number; detected: boolean; clauses: number; deviations: number }
  | { kind: 'no-text'; title: string; pages: number }
  | { kind: 'locked' }
  | { kind: 'broken'; message: string }
  | { kind: 'unreachable'; message: string };

export type ReaderSource = { url: string } | { file: File };

export interface ReaderHooks {
  progress(done: number, total: number): void;
  /** Asks the user for the PDF's password; null when they give up. `retry`: the last one was wrong. */
  password(retry: boolean): Promise<string | null>;
}

/** Everything the reader asks of the browser and pdf.js, injected so the frame can be tested alone. */
export interface ReaderDeps {
  /** The address the reader was opened with (`?file=`), if any. */
  initial: string | null;
  /** A picked file whose notes the user asked to see (`?name=`): it has to be opened again. */
  askFor?: string | null;
  open(source: ReaderSource, pages: HTMLElement, hooks: ReaderHooks): Promise<ReaderOutcome>;
  /** "Analyze anyway" on a PDF that does not read as a DPA or privacy policy. */
  analyzeAnyway(): Promise<ReaderOutcome>;
}

export interface Props {
  deps: ReaderDeps;
}

type Phase = { phase: 'idle' } | { phase: 'loading'; name: string; done: number; total: number } | { phase: 'done'; name: string; outcome: ReaderOutcome };

const nameOf = (s: ReaderSource) => ('file' in s ? s.file.name : decodeURIComponent(s.url.split(/[?#]/)[0].split('/').pop() || s.url));

export default function ReaderApp({ deps }: Props) {
  const { t } = useI18n();
  const pages = useRef<HTMLDivElement>(null);
  const [phase, setPhase] = useState<Phase>({ phase: 'idle' });
  const [asking, setAsking] = useState<{ retry: boolean; answer(pw: string | null): void } | null>(null);
  const [dragging, setDragging] = useState(false);

  async function open(source: ReaderSource) {
    const name = nameOf(source);
    setPhase({ phase: 'loading', name, done: 0, total: 0 });
    const outcome = await deps.open(source, pages.current!, {
      progress: (done, total) => setPhase({ phase: 'loading', name, done, total }),
      password: (retry) => new Promise((resolve) => setAsking({ retry, answer: (pw) => (setAsking(null), resolve(pw)) })),
    });
    setPhase({ phase: 'done', name, outcome });
  }
  useEffect(() => {
    if (deps.initial) void open({ url: deps.initial });
  }, []);

  function picked(files: FileList | null | undefined) {
    const file = files?.[0];
    if (file) void open({ file });
  }

  const outcome = phase.phase === 'done' ? phase.outcome : null;
  const shown = outcome?.kind === 'shown' || outcome?.kind === 'no-text';
  return (
    <div
      class={`reader${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => (e.preventDefault(), setDragging(true))}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => (e.preventDefault(), setDragging(false), picked(e.dataTransfer?.files))}
    >
      <header class="reader-bar">
        <strong class="reader-brand">ClauseLens</strong>
        <span class="reader-title" title={phase.phase === 'idle' ? '' : phase.name}>
          {outcome && 'title' in outcome ? outcome.title : phase.phase === 'idle' ? t('reader.brand') : phase.name}
        </span>
        {deps.initial && /^(https?|file):/i.test(deps.initial) ? (
          <a class="reader-original" href={deps.initial} target="_blank" rel="noreferrer noopener">
            {t('reader.original')}
          </a>
        ) : null}
        <label class="button reader-pick">
          {t('reader.pick')}
          <input type="file" accept="application/pdf,.pdf" class="visually-hidden" onChange={(e) => picked((e.target as HTMLInputElement).files)} />
        </label>
      </header>
      <p class="reader-status" role="status" aria-live="polite">
        {phase.phase === 'loading' ? (phase.total ? t('reader.readingPage', { done: phase.done, total: phase.total }) : t('reader.opening', { name: phase.name })) : outcome?.kind === 'shown' ? summary(outcome, t) : ''}
      </p>
      {asking ? <PasswordForm retry={asking.retry} onSubmit={asking.answer} /> : null}
      {phase.phase === 'idle' ? (
        <section class="reader-welcome">
          <h1>{t('reader.welcome')}</h1>
          {deps.askFor ? <p class="reader-ask">{t('reader.askFor', { name: deps.askFor })}</p> : null}
          <p>{t('reader.dropHint')}</p>
        </section>
      ) : null}
      {outcome ? <ReaderNotice outcome={outcome} onAnalyze={() => void deps.analyzeAnyway().then((o) => setPhase({ phase: 'done', name: phase.phase === 'done' ? phase.name : '', outcome: o }))} /> : null}
      <div class="pdf-pages" ref={pages} hidden={!shown && phase.phase !== 'loading'} />
    </div>
  );
}

function summary(o: Extract<ReaderOutcome, { kind: 'shown' }>, t: I18n['t']): string {
  const pages = t('reader.pages', { n: o.pages });
  if (!o.detected) return pages;
  return `${pages} · ${t('reader.tagged', { n: o.clauses })} · ${t('reader.deviations', { n: o.deviations })}`;
}
