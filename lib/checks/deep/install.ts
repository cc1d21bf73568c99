/**
 * Installs the deep rules' work and data (see ../deep.ts). Imported for its effect by the
 * background page, the extension pages that check text, the CLI, the bench and the unit tests;
 * never by the content script, whose bundle would otherwise carry 130 KB of word lists.
 */
import { installDeepRules } from '../deep';
import { runCapital } from './capital';
import { runChat } from './chat';
import { runNumber } from './number';
import { runParticle } from './particle';
import { runAddress, runBankAccount, runChild } from './personal';
import { runPreposition } from './preposition';
import { runSpelling } from './spelling';
import { runUnknown } from './unknown';

installDeepRules({
  spelling: runSpelling,
  'spelling-chat': runChat,
  'spelling-preposition': runPreposition,
  'spelling-particle': runParticle,
  'spelling-capital': runCapital,
  'spelling-number': runNumber,
  'spelling-unknown': runUnknown,
  'personal-address': runAddress,
  'personal-bank-account': runBankAccount,
  'personal-child': runChild,
});
