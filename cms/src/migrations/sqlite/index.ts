import * as migration_20261125_171509_initial from './20261125_171509_initial';

export const migrations = [
  {
    up: migration_20261125_171509_initial.up,
    down: migration_20261125_171509_initial.down,
    name: '20261125_171509_initial'
  },
];
