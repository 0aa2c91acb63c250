import { place, type FieldCipher } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { PeerReferralStatus, PeerReferralView, PeerWaitingEntry } from '@leidraad/shared/domain';

/** A row of `CASE_REFERRALS_SQL`. */
export interface ReferralRow {
  id: string;
  code: string;
  status: PeerReferralStatus;
  referred_at: Date;
  group_id: string | null;
  group_name: Buffer | null;
  position: number | null;
}

/** A row of `WAITING_LIST_SQL`. */
export interface WaitingRow {
  id: string;
  code: string;
  referred_at: Date;
  position: number;
}

export function toReferralView(row: ReferralRow, cipher: FieldCipher): PeerReferralView {
  return {
    id: row.id,
    caseCode: formatCaseCode(row.code),
    status: row.status,
    referredAt: row.referred_at.toISOString(),
    waitingPosition: row.position,
    group:
      row.group_id && row.group_name
        ? { id: row.group_id, name: cipher.decrypt(row.group_name, place('peer_group', 'name', row.group_id)) }
        : null,
  };
}

export function toWaitingEntry(row: WaitingRow): PeerWaitingEntry {
  return {
    referralId: row.id,
    caseCode: formatCaseCode(row.code),
    referredAt: row.referred_at.toISOString(),
    position: row.position,
  };
}
