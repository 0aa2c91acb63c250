import { effectivePolicy, ownSettings } from './helpline-settings';

const DEFAULTS = { retentionMonths: 24, inactiveCloseMonths: 12, stalledAfterDays: 14, twoFactorForAll: false, unusualAccessPerHour: 10 };

describe('helpline settings', () => {
  it('reads only the known keys of a stored settings object, each of its own type', () => {
    expect(ownSettings({ retentionMonths: 6, stalledAfterDays: '3', twoFactorForAll: false, unusualAccessPerHour: 4, extra: 1 })).toEqual({
      retentionMonths: 6,
      inactiveCloseMonths: null,
      stalledAfterDays: null,
      twoFactorForAll: false,
      unusualAccessPerHour: 4,
    });
    expect(ownSettings(null)).toEqual({
      retentionMonths: null,
      inactiveCloseMonths: null,
      stalledAfterDays: null,
      twoFactorForAll: null,
      unusualAccessPerHour: null,
    });
  });

  it('takes the helpline’s own value where it has one (false included), else the installation default', () => {
    const own = {
      retentionMonths: 6,
      inactiveCloseMonths: null,
      stalledAfterDays: null,
      twoFactorForAll: false,
      unusualAccessPerHour: null,
    };
    expect(effectivePolicy(own, { ...DEFAULTS, twoFactorForAll: true })).toEqual({
      ...DEFAULTS,
      retentionMonths: 6,
      twoFactorForAll: false,
    });
    expect(effectivePolicy(undefined, DEFAULTS)).toEqual(DEFAULTS);
  });
});
