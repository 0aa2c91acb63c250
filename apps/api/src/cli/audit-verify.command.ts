import { existsSync, readFileSync } from 'node:fs';
import { AuditVerifyService, CheckpointError, type ChainReport } from '@leidraad/api/audit';
import type { CliCommand } from './command';

/** Rows waiting longer than this mean no server is sealing: worth a warning. */
const UNSEALED_WARN_SECONDS = 60;

/** A checkpoint given as the path of a file holding it, or as the text itself. */
function checkpointText(value: string): string {
  return existsSync(value) ? readFileSync(value, 'utf8').trim() : value.trim();
}

function describe(report: ChainReport): string[] {
  const lines: string[] = [];
  const legacy = report.legacyThrough
    ? `; positions 1–${report.legacyThrough} are the legacy SHA-256 chain from before keying, covered by the keyed row after them`
    : '';
  lines.push(
    report.intact
      ? `audit chain intact: ${report.rows} rows${legacy}`
      : `audit chain broken at id ${report.broken?.id}: ${report.broken?.reason} (${report.rows} rows intact before it)`,
  );
  const { rows, oldestSeconds } = report.unsealed;
  if (rows > 0) {
    const age = oldestSeconds === null ? '' : ` (oldest ${oldestSeconds.toFixed(1)} s)`;
    lines.push(`not sealed yet: ${rows} rows${age}, not covered by this check`);
    if ((oldestSeconds ?? 0) > UNSEALED_WARN_SECONDS) {
      lines.push(`WARNING: rows have waited more than ${UNSEALED_WARN_SECONDS} s to be sealed: is a Leidraad server running?`);
    }
  }
  const checkpoint = report.checkpoint;
  if (checkpoint?.status === 'matches') lines.push(`checkpoint matches: position ${checkpoint.count} as of ${checkpoint.at}`);
  if (checkpoint?.status === 'pruned') {
    lines.push(
      `checkpoint of ${checkpoint.at} (position ${checkpoint.count}) lies before the rows retention pruned (through ${checkpoint.prunedThrough}): nothing left to compare`,
    );
  }
  if (checkpoint?.status === 'refused')
    lines.push(`CHECKPOINT REFUSED (position ${checkpoint.count}, ${checkpoint.at}): ${checkpoint.reason}`);
  if (report.newCheckpoint) lines.push(`checkpoint (keep it outside the database): ${report.newCheckpoint}`);
  return lines;
}

/**
 * Recomputes the audit chain (DESIGN.md rule 6) and prints a signed checkpoint of its head;
 * with --checkpoint, also compares with one kept from before. Exit 0 when intact (and the
 * checkpoint matches), 1 at a broken link or a refused checkpoint, 65 for a checkpoint that is
 * not this installation's.
 */
export const auditVerifyCommand: CliCommand = {
  name: 'audit:verify',
  usage: 'npm run audit:verify [-- --checkpoint <file or lac1.… text>]',
  options: { checkpoint: { type: 'string' } },
  run: async (context, values) => {
    const given = typeof values['checkpoint'] === 'string' ? checkpointText(values['checkpoint']) : undefined;
    let report: ChainReport;
    try {
      report = await context.get(AuditVerifyService).verify({ checkpoint: given });
    } catch (error) {
      if (error instanceof CheckpointError) {
        process.stderr.write(`${error.message}\n`);
        return 65; // EX_DATAERR
      }
      throw error;
    }
    process.stdout.write(`${describe(report).join('\n')}\n`);
    return report.intact && report.checkpoint?.status !== 'refused' ? 0 : 1;
  },
};
