/**
 * A phone number for display: spaces and hyphens become their non-breaking forms, so a number
 * never wraps across two lines on a small screen ("+49 9999 100-3310" stays in one piece).
 */
export function displayPhone(phone: string): string {
  return phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
