/** Asks for the password of a protected PDF; the password goes to pdf.js in this tab and nowhere else. */
import { useState } from 'preact/hooks';
import { useI18n } from '../common/i18n';

export interface Props {
  retry: boolean;
  onSubmit(password: string | null): void;
}

export default function PasswordForm({ retry, onSubmit }: Props) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  return (
    <form class="reader-password" onSubmit={(e) => (e.preventDefault(), onSubmit(value))}>
      <p role="alert">{t(retry ? 'reader.passwordWrong' : 'reader.passwordAsk')}</p>
      <input type="password" autoFocus aria-label={t('reader.passwordLabel')} value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
      <button type="submit" class="button primary">{t('reader.passwordOpen')}</button>
      <button type="button" class="button" onClick={() => onSubmit(null)}>{t('reader.passwordCancel')}</button>
    </form>
  );
}
