import * as migration_20261124_193222_initial from './20261124_193222_initial';

export const migrations = [
  {
    up: migration_20261124_193222_initial.up,
    down: migration_20261124_193222_initial.down,
    name: '20261124_193222_initial'
  },
];
