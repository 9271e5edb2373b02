/**
 * A file size as people read it, in a language: "840 kB", "12,4 MB" (1 kB = 1024 bytes, as file
 * managers show it). Used for download links and for the limit in validation messages.
 */
export function formatFileSize(bytes: number, intl = 'de-DE'): string {
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) {
    return new Intl.NumberFormat(intl, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
      Math.max(1, Math.round(kilobytes)),
    );
  }
  return new Intl.NumberFormat(intl, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(kilobytes / 1024);
}
