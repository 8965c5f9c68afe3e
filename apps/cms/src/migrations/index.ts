import * as migration_20261124_190503_initial from './20261124_190503_initial';

export const migrations = [
  {
    up: migration_20261124_190503_initial.up,
    down: migration_20261124_190503_initial.down,
    name: '20261124_190503_initial'
  },
];
