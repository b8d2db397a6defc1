import * as migration_20261122_025954_initial from './20261122_025954_initial';
import * as migration_20261122_044157_user_roles from './20261122_044157_user_roles';

export const migrations = [
  {
    up: migration_20261122_025954_initial.up,
    down: migration_20261122_025954_initial.down,
    name: '20261122_025954_initial',
  },
  {
    up: migration_20261122_044157_user_roles.up,
    down: migration_20261122_044157_user_roles.down,
    name: '20261122_044157_user_roles'
  },
];
