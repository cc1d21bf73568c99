import { describe, expect, it } from 'vitest';
import { fitHashtags } from './hashtags';

const REQUIRED = ['SukamajuMaju', 'DiskominfoSukamaju'];
const PROFILE = '#SukamajuMaju #DiskominfoSukamaju';

describe('fitHashtags', () => {
  it.each([
    ['no limit keeps everything', `${PROFILE} #A #B #C #D`, '', REQUIRED, null, `${PROFILE} #A #B #C #D`, []],
    ['within the limit nothing goes', `${PROFILE} #A #B #C`, '', REQUIRED, 5, `${PROFILE} #A #B #C`, []],
    ['over the limit the template tags go, last first', `${PROFILE} #A #B #C #D`, '', REQUIRED, 5, `${PROFILE} #A #B #C`, ['#D']],
    ['tags in the body count too', `${PROFILE} #A #B`, 'Info #X #Y', REQUIRED, 5, `${PROFILE} #A`, ['#B']],
    ['required tags stay even when they alone exceed the limit', `#A ${PROFILE}`, '#X #Y #Z #W', REQUIRED, 5, ` ${PROFILE}`, ['#A']],
    ['a repeat of the body or the block is dropped, any case', '#sukamajumaju #CekFakta #cekfakta #Baru', 'Info #SukamajuMaju', REQUIRED, null, ' #CekFakta #Baru', []],
    ['a required tag written with # in the profile is still recognised', '#A #SukamajuMaju', '', ['#SukamajuMaju'], 1, ' #SukamajuMaju', ['#A']],
    ['words around the tags stay', 'Ikuti: #A #B\nSalam #C', '', [], 2, 'Ikuti: #A #B\nSalam', ['#C']],
  ] as const)('%s', (_what, block, body, required, limit, expected, dropped) => {
    expect(fitHashtags(block, body, required, limit)).toEqual({ block: expected, dropped });
  });
});
