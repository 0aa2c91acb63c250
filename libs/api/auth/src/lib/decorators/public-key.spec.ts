import 'reflect-metadata';
import { HealthController } from '@leidraad/api/core';
import { PUBLIC_KEY } from './auth.decorators';

describe('the health route', () => {
  it('is public under the same metadata key the session guard reads', () => {
    const handler = Object.getOwnPropertyDescriptor(HealthController.prototype, 'check')?.value;
    expect(Reflect.getMetadata(PUBLIC_KEY, handler)).toBe(true);
  });
});
