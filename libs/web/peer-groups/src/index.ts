export * from './lib/peer-groups-page';
export * from './lib/peer-group-referral';
export * from './lib/peer-groups-api';
