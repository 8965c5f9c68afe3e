import * as migration_20261124_195719_initial from './20261124_195719_initial';

export const migrations = [
  {
    up: migration_20261124_195719_initial.up,
    down: migration_20261124_195719_initial.down,
    name: '20261124_195719_initial'
  },
];
