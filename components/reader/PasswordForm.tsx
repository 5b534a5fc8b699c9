/** Asks for the password of a protected PDF; the password goes to pdf.js in this tab and nowhere else. */
import { useState } from 'preact/hooks';

export interface Props {
  retry: boolean;
  onSubmit(password: string | null): void;
}

export default function PasswordForm({ retry, onSubmit }: Props) {
  const [value, setValue] = useState('');
  return (
    <form class="reader-password" onSubmit={(e) => (e.preventDefault(), onSubmit(value))}>
      <p role="alert">{retry ? 'That password is not right. Try again:' : 'This PDF is password-protected. Enter its password to read it:'}</p>
      <input type="password" autoFocus aria-label="PDF password" value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
      <button type="submit" class="button primary">Open</button>
      <button type="button" class="button" onClick={() => onSubmit(null)}>Cancel</button>
    </form>
  );
}
