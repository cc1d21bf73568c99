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
import { hoaxSigns } from './hoax-signs';
import { linkNotClickable } from './link-not-clickable';
import { linkShortener } from './link-shortener';
import { mentionLimit } from './mention-limit';
import { mentionMalformed } from './mention-malformed';
import { personalDataRequest } from './personal-data-request';
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
  personalNik,
  personalPhone,
  personalEmail,
  personalDataRequest,
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
