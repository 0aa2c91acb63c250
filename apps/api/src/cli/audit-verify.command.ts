import { existsSync, readFileSync } from 'node:fs';
import { AuditVerifyService, CheckpointError, UnknownHelplineError, type AuditVerification, type ChainReport } from '@leidraad/api/audit';
import type { CliCommand } from './command';

/** Rows waiting longer than this mean no server is sealing: worth a warning. */
const UNSEALED_WARN_SECONDS = 60;

/** A checkpoint given as the path of a file holding it, or as the text itself. */
function checkpointText(value: string): string {
  return existsSync(value) ? readFileSync(value, 'utf8').trim() : value.trim();
}

/** The chain's name as printed: the helpline's, or the installation's for events of no helpline. */
function chainName(report: ChainReport): string {
  if (report.helplineId === null) return 'installation (events of no helpline)';
  return report.helpline === null ? `deleted helpline ${report.helplineId}` : `helpline "${report.helpline}"`;
}

function describe(report: ChainReport): string[] {
  const lines: string[] = [];
  const legacy = report.legacyThrough
    ? `; positions 1–${report.legacyThrough} are the legacy SHA-256 chain from before keying, covered by the keyed row after them`
    : '';
  lines.push(
    report.intact
      ? `${chainName(report)}: audit chain intact: ${report.rows} rows${legacy}`
      : `${chainName(report)}: audit chain broken at id ${report.broken?.id}: ${report.broken?.reason} (${report.rows} rows intact before it)`,
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
 * Recomputes the audit chains (DESIGN.md rule 6): each helpline's, then the installation's
 * (events of no helpline), or with --helpline only that helpline's, and prints a signed checkpoint
 * of each head; with --checkpoint, also compares the chain it names with it. Exit 0 when every
 * chain is intact (and the checkpoint matches), 1 at a broken link or a refused checkpoint, 65 for
 * a checkpoint that is not this installation's or not of the chain asked for, 64 for an unknown
 * helpline.
 */
export const auditVerifyCommand: CliCommand = {
  name: 'audit:verify',
  usage: 'npm run audit:verify [-- [--helpline <name>] [--checkpoint <file or lac1.… text>]]',
  options: { checkpoint: { type: 'string' }, helpline: { type: 'string' } },
  run: async (context, values) => {
    const given = typeof values['checkpoint'] === 'string' ? checkpointText(values['checkpoint']) : undefined;
    const helpline = typeof values['helpline'] === 'string' ? values['helpline'] : undefined;
    let verification: AuditVerification;
    try {
      verification = await context.get(AuditVerifyService).verify({ checkpoint: given, helpline });
    } catch (error) {
      if (error instanceof UnknownHelplineError) {
        process.stderr.write(`${error.message}\n`);
        return 64; // EX_USAGE
      }
      if (error instanceof CheckpointError) {
        process.stderr.write(`${error.message}\n`);
        return 65; // EX_DATAERR
      }
      throw error;
    }
    process.stdout.write(`${verification.chains.flatMap(describe).join('\n')}\n`);
    return verification.intact ? 0 : 1;
  },
};
