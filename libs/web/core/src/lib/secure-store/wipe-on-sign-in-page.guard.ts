import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { SecureDraftStore } from './secure-draft-store';

/** The sign-in page starts from nothing: whatever an earlier session kept in this browser is destroyed first. */
export const wipeOnSignInPageGuard: CanActivateFn = async () => {
  await inject(SecureDraftStore).destroy();
  return true;
};
