import type { StaffMember } from './staff';

/**
 * What a password sign-in still owes before the session is usable: a code from the
 * authenticator app (`verify`) or setting one up first (`enrol`). Absent: nothing, signed in.
 */
export type SecondFactorStep = 'verify' | 'enrol';

/** The answer to `POST /api/auth/login`. */
export interface SignInResult extends StaffMember {
  secondFactor?: SecondFactorStep;
}

/** A started enrolment: the secret for the authenticator app, as text and as a QR code. */
export interface SecondFactorEnrolment {
  /** Base32, for typing into the app by hand. */
  secret: string;
  otpauthUri: string;
  /** The QR code of `otpauthUri` as an SVG data URL, for an `<img>`. */
  qrCode: string;
}

/** Ten one-time codes, shown once after enrolment (only their hashes are kept). */
export interface RecoveryCodes {
  codes: string[];
}

/** `GET /api/auth/second-factor`: the signed-in person's second factor. */
export interface SecondFactorStatus {
  enabled: boolean;
  /** Their role (or the helpline's setting) requires it. */
  required: boolean;
  /** The session still waits for the second factor. */
  pending: boolean;
  recoveryCodesLeft: number;
  /** When this session last gave the second factor (step-up lasts `STEP_UP_MINUTES`). */
  verifiedAt: string | null;
}

/** A six-digit code from the app, or a recovery code (`XXXX-XXXX`). */
export interface SecondFactorCode {
  code: string;
}

export const TOTP_CODE_PATTERN = /^\d{6}$/;
export const RECOVERY_CODE_PATTERN = /^[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}$/;
/** Audit trails and reports need a second factor given this recently in the session. */
export const STEP_UP_MINUTES = 15;
export const RECOVERY_CODE_COUNT = 10;
