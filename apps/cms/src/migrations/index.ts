import * as migration_20261124_195719_initial from './20261124_195719_initial';
import * as migration_20261125_085746_interaction from './20261125_085746_interaction';
import * as migration_20261127_093200_public_list_indexes from './20261127_093200_public_list_indexes';
import * as migration_20261201_171652_media_binding from './20261201_171652_media_binding';
import * as migration_20261201_172633_content_check_lexicon from './20261201_172633_content_check_lexicon';
import * as migration_20261201_181441_accounts_security from './20261201_181441_accounts_security';
import * as migration_20261201_221643_supervision from './20261201_221643_supervision';
import * as migration_20261201_235332_error_report_received from './20261201_235332_error_report_received';
import * as migration_20261202_004915_quality_quarterly from './20261202_004915_quality_quarterly';

export const migrations = [
  {
    up: migration_20261124_195719_initial.up,
    down: migration_20261124_195719_initial.down,
    name: '20261124_195719_initial',
  },
  {
    up: migration_20261125_085746_interaction.up,
    down: migration_20261125_085746_interaction.down,
    name: '20261125_085746_interaction',
  },
  {
    up: migration_20261127_093200_public_list_indexes.up,
    down: migration_20261127_093200_public_list_indexes.down,
    name: '20261127_093200_public_list_indexes',
  },
  {
    up: migration_20261201_171652_media_binding.up,
    down: migration_20261201_171652_media_binding.down,
    name: '20261201_171652_media_binding',
  },
  {
    up: migration_20261201_172633_content_check_lexicon.up,
    down: migration_20261201_172633_content_check_lexicon.down,
    name: '20261201_172633_content_check_lexicon',
  },
  {
    up: migration_20261201_181441_accounts_security.up,
    down: migration_20261201_181441_accounts_security.down,
    name: '20261201_181441_accounts_security',
  },
  {
    up: migration_20261201_221643_supervision.up,
    down: migration_20261201_221643_supervision.down,
    name: '20261201_221643_supervision',
  },
  {
    up: migration_20261201_235332_error_report_received.up,
    down: migration_20261201_235332_error_report_received.down,
    name: '20261201_235332_error_report_received',
  },
  {
    up: migration_20261202_004915_quality_quarterly.up,
    down: migration_20261202_004915_quality_quarterly.down,
    name: '20261202_004915_quality_quarterly'
  },
];
