import * as migration_20261122_025954_initial from './20261122_025954_initial';
import * as migration_20261122_044157_user_roles from './20261122_044157_user_roles';
import * as migration_20261122_044949_audit_log from './20261122_044949_audit_log';
import * as migration_20261122_054521_editorial_workflow from './20261122_054521_editorial_workflow';
import * as migration_20261122_093334_list_and_search_indexes from './20261122_093334_list_and_search_indexes';
import * as migration_20261202_140730_brand_map_icons from './20261202_140730_brand_map_icons';
import * as migration_20261202_150521_map_districts from './20261202_150521_map_districts';
import * as migration_20261202_154000_events from './20261202_154000_events';

export const migrations = [
  {
    up: migration_20261122_025954_initial.up,
    down: migration_20261122_025954_initial.down,
    name: '20261122_025954_initial',
  },
  {
    up: migration_20261122_044157_user_roles.up,
    down: migration_20261122_044157_user_roles.down,
    name: '20261122_044157_user_roles',
  },
  {
    up: migration_20261122_044949_audit_log.up,
    down: migration_20261122_044949_audit_log.down,
    name: '20261122_044949_audit_log',
  },
  {
    up: migration_20261122_054521_editorial_workflow.up,
    down: migration_20261122_054521_editorial_workflow.down,
    name: '20261122_054521_editorial_workflow',
  },
  {
    up: migration_20261122_093334_list_and_search_indexes.up,
    down: migration_20261122_093334_list_and_search_indexes.down,
    name: '20261122_093334_list_and_search_indexes',
  },
  {
    up: migration_20261202_140730_brand_map_icons.up,
    down: migration_20261202_140730_brand_map_icons.down,
    name: '20261202_140730_brand_map_icons',
  },
  {
    up: migration_20261202_150521_map_districts.up,
    down: migration_20261202_150521_map_districts.down,
    name: '20261202_150521_map_districts',
  },
  {
    up: migration_20261202_154000_events.up,
    down: migration_20261202_154000_events.down,
    name: '20261202_154000_events'
  },
];
