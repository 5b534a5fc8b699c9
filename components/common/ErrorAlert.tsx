/** A failure said once to screen readers (role=alert) and in the error colour; nothing when there is none. */
export default function ErrorAlert({ message }: { message: string | null | undefined }) {
  return message ? (
    <p class="error" role="alert">
      {message}
    </p>
  ) : null;
}
