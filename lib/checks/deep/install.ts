/**
 * Installs the deep rules' work and data (see ../deep.ts). Imported for its effect by the
 * background page, the extension pages that check text, the CLI, the bench and the unit tests;
 * never by the content script, whose bundle would otherwise carry 130 KB of word lists and the phrase
 * rules (hoax signs, SARA, election, personal-data requests, bound forms).
 */
import { installDeepRules } from '../deep';
import { runBoundForm } from './bound-form';
import { runCapital } from './capital';
import { runChat } from './chat';
import { runDataRequest } from './data-request';
import { runElection } from './election';
import { runHoaxSigns } from './hoax-signs';
import { runNumber } from './number';
import { runParticle } from './particle';
import { runAddress, runBankAccount, runChild } from './personal';
import { runPreposition } from './preposition';
import { runSara } from './sara';
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
  // Moved out of the content script for its 60 KB budget (2026-12-02); the panel gets them on the deep debounce.
  'spelling-bound-form': runBoundForm,
  'hoax-signs': runHoaxSigns,
  'personal-data-request': runDataRequest,
  sara: runSara,
  'election-neutrality': runElection,
});
