/** The registry: every rule, in the order the README lists them. */
import type { Rule } from '../rule';
import { brandHandle } from './brand-handle';
import { brandShortName } from './brand-short-name';
import { brandTagline } from './brand-tagline';
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
import { personalEmail } from './personal-email';
import { personalNik } from './personal-nik';
import { personalPhone } from './personal-phone';
import { sara } from './sara';
import { spelling } from './spelling';
import { spellingBoundForm } from './spelling-bound-form';

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
  hoaxSigns,
  hoaxClaim,
  personalNik,
  personalPhone,
  personalEmail,
  sara,
  electionNeutrality,
  captionLength,
  firstLineFold,
  linkNotClickable,
  linkShortener,
  mentionLimit,
  mentionMalformed,
];
