import * as migration_20261122_025954_initial from './20261122_025954_initial';
import * as migration_20261122_044157_user_roles from './20261122_044157_user_roles';
import * as migration_20261122_044949_audit_log from './20261122_044949_audit_log';

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
    name: '20261122_044949_audit_log'
  },
];
