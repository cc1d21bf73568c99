/** The registry: every rule, in the order the README lists them. */
import type { Rule } from '../rule';
import { brandHandle } from './brand-handle';
import { brandShortName } from './brand-short-name';
import { brandTagline } from './brand-tagline';
import { captionFilename } from './caption-filename';
import { captionLength } from './caption-length';
import { electionNeutrality } from './election-neutrality';
import { firstLineFold } from './first-line-fold';
import { glossaryTerm } from './glossary-term';
import { hashtagDuplicate } from './hashtag-duplicate';
import { hashtagForbidden } from './hashtag-forbidden';
import { hashtagLimit } from './hashtag-limit';
import { hashtagMalformed } from './hashtag-malformed';
import { hashtagRecommended } from './hashtag-recommended';
import { hashtagRequired } from './hashtag-required';
import { hoaxClaim } from './hoax-claim';
import { hoaxSigns } from './hoax-signs';
import { linkNotClickable } from './link-not-clickable';
import { linkShortener } from './link-shortener';
import { mentionLimit } from './mention-limit';
import { mentionMalformed } from './mention-malformed';
import { personalDataRequest } from './personal-data-request';
import { personalAddress } from './personal-address';
import { personalBankAccount } from './personal-bank-account';
import { personalChild } from './personal-child';
import { personalEmail } from './personal-email';
import { personalNik } from './personal-nik';
import { personalPhone } from './personal-phone';
import { sara } from './sara';
import { spelling } from './spelling';
import { spellingBoundForm } from './spelling-bound-form';
import { spellingCapital } from './spelling-capital';
import { spellingChat } from './spelling-chat';
import { spellingNumber } from './spelling-number';
import { spellingParticle } from './spelling-particle';
import { spellingPreposition } from './spelling-preposition';
import { spellingUnknown } from './spelling-unknown';

export const RULES: readonly Rule[] = [
  hashtagLimit,
  hashtagMalformed,
  hashtagDuplicate,
  hashtagRequired,
  hashtagForbidden,
  hashtagRecommended,
  glossaryTerm,
  brandHandle,
  brandTagline,
  brandShortName,
  spelling,
  spellingBoundForm,
  spellingChat,
  spellingPreposition,
  spellingParticle,
  spellingCapital,
  spellingNumber,
  spellingUnknown,
  hoaxSigns,
  hoaxClaim,
  personalNik,
  personalPhone,
  personalEmail,
  personalDataRequest,
  personalAddress,
  personalBankAccount,
  personalChild,
  sara,
  electionNeutrality,
  captionLength,
  captionFilename,
  firstLineFold,
  linkNotClickable,
  linkShortener,
  mentionLimit,
  mentionMalformed,
];
