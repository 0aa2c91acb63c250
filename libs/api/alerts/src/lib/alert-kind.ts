/** What a staff alert is about; the CHECK on `staff_alert.kind` lists the same values. */
export const ALERT_KINDS = ['unusual_access', 'lookup_misses'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
