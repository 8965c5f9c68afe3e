import * as migration_20261124_192845_initial from './20261124_192845_initial';

export const migrations = [
  {
    up: migration_20261124_192845_initial.up,
    down: migration_20261124_192845_initial.down,
    name: '20261124_192845_initial'
  },
];
