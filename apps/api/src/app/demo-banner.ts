import type { DemoAccount } from '@leidraad/api/auth';

/** Printed once, on the first start of a development checkout, straight to the terminal. */
export function printDemoAccounts(accounts: DemoAccount[]): void {
  if (accounts.length === 0) return;
  const lines = accounts.map((a) => `  ${a.role.padEnd(11)} ${a.username.padEnd(13)} ${a.password}`);
  process.stdout.write(
    ['', '  Demo accounts (shown only now; write them down):', '  role        username      password', ...lines, '', ''].join('\n'),
  );
}
