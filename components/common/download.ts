/**
 * Saves text as a file from an extension page through an object URL and a temporary link: no "downloads"
 * permission, and nothing leaves the machine. The URL is revoked after the browser has taken the file.
 */
export function saveFile(name: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
