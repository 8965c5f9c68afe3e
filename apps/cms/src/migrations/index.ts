import * as migration_20261124_195719_initial from './20261124_195719_initial';
import * as migration_20261125_085746_interaction from './20261125_085746_interaction';

export const migrations = [
  {
    up: migration_20261124_195719_initial.up,
    down: migration_20261124_195719_initial.down,
    name: '20261124_195719_initial',
  },
  {
    up: migration_20261125_085746_interaction.up,
    down: migration_20261125_085746_interaction.down,
    name: '20261125_085746_interaction'
  },
];
