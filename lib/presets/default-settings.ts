/** The rule settings every merge starts from, owned by the rule engine. */
export { DEFAULT_SETTINGS } from '../checks/defaults';
