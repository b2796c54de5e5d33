/** Offers text as a file download (a CSV, a saved item's raw text) without leaving the page. */
export function downloadText(filename: string, text: string, type: string): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
