/** Small line icons (decorative: every icon sits next to text that says the same). */
export type IconName = 'high' | 'medium' | 'low' | 'ok' | 'copy' | 'locate' | 'missing' | 'doc' | 'question' | 'download' | 'upload' | 'plus' | 'trash' | 'bookmark' | 'sidebar';

const PATHS: Record<IconName, string> = {
  high: 'M12 3 2 20h20L12 3Zm0 6v5m0 3v.01',
  medium: 'M12 2 22 12 12 22 2 12 12 2Zm0 6v5m0 3v.01',
  low: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 6v.01M12 12v5',
  ok: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-4 9 3 3 5-6',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  locate: 'M12 2v4m0 12v4M2 12h4m12 0h4M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z',
  missing: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM8 12h8',
  doc: 'M6 2h8l5 5v15H6zM14 2v5h5M9 13h7m-7 4h7',
  question: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-2.5 6.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14m0 3v.01',
  download: 'M12 3v12m-5-5 5 5 5-5M4 19h16',
  upload: 'M12 21V9m-5 5 5-5 5 5M4 5h16',
  plus: 'M12 5v14M5 12h14',
  trash: 'M4 7h16M9 7V4h6v3m-9 0 1 13h10l1-13',
  bookmark: 'M6 3h12v18l-6-4-6 4z',
  sidebar: 'M3 4h18v16H3zM15 4v16',
};

export interface Props {
  name: IconName;
  size?: number;
}

export default function Icon({ name, size = 16 }: Props) {
  return (
    <svg class={`icon icon-${name}`} width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
