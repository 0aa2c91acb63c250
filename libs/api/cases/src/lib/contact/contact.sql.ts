/**
 * A contact as one JSON value, corrections included; free text stays ciphertext (base64) until
 * the mapper decrypts it. `k` is the alias of the contact row.
 */
export function contactJson(k: string): string {
  return `json_build_object(
    'id', ${k}.id, 'caseId', ${k}.case_id, 'status', ${k}.status, 'channel', ${k}.channel,
    'startedAt', ${k}.started_at, 'endedAt', ${k}.ended_at, 'summary', encode(${k}.summary, 'base64'),
    'outcome', ${k}.outcome, 'referrals', ${k}.referrals, 'revision', ${k}.revision,
    'counsellorId', ${k}.counsellor_id, 'counsellorName', (SELECT display_name FROM staff WHERE id = ${k}.counsellor_id),
    'createdAt', ${k}.created_at, 'updatedAt', ${k}.updated_at, 'finalisedAt', ${k}.finalised_at,
    'finalisedById', ${k}.finalised_by, 'finalisedByName', (SELECT display_name FROM staff WHERE id = ${k}.finalised_by),
    'corrections', (
      SELECT coalesce(json_agg(${correctionJson('r')} ORDER BY r.created_at), '[]'::json)
        FROM contact_correction r WHERE r.contact_id = ${k}.id))`;
}

export function correctionJson(r: string): string {
  return `json_build_object(
    'id', ${r}.id, 'contactId', ${r}.contact_id, 'reason', encode(${r}.reason, 'base64'), 'channel', ${r}.channel,
    'startedAt', ${r}.started_at, 'endedAt', ${r}.ended_at, 'summary', encode(${r}.summary, 'base64'),
    'outcome', ${r}.outcome, 'referrals', ${r}.referrals,
    'correctedById', ${r}.corrected_by, 'correctedByName', (SELECT display_name FROM staff WHERE id = ${r}.corrected_by),
    'createdAt', ${r}.created_at)`;
}
