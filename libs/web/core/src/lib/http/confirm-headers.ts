import { HttpHeaders } from '@angular/common/http';

/**
 * `X-Confirm-Quasi-Identifiers` for the quasi-identifiers the counsellor confirmed
 * (`field:start-end` tokens, as `<ld-free-text>` gives them), or no headers. Every API call
 * that sends free text takes the tokens of its fields and passes them through this.
 */
export function confirmHeaders(confirm?: readonly string[]): HttpHeaders | undefined {
  return confirm && confirm.length > 0 ? new HttpHeaders({ 'X-Confirm-Quasi-Identifiers': confirm.join(',') }) : undefined;
}
