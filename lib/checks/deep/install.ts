/**
 * Installs the deep rules' work and data (see ../deep.ts). Imported for its effect by the
 * background page, the extension pages that check text, the CLI, the bench and the unit tests;
 * never by the content script, whose bundle would otherwise carry 130 KB of word lists.
 */
import { installDeepRules } from '../deep';
import { runSpelling } from './spelling';

installDeepRules({
  spelling: runSpelling,
});
