import { msg, type Rule } from '../rule';
import { REF } from '../refs';

/**
 * TikTok Studio pre-fills the caption with the video's file name, and admins post it by accident
 * (the same happens when a file name is pasted anywhere). Flagged at the very start only: the
 * caption that is a file name, or starts with one.
 */
const VIDEO_EXT = String.raw`\.(?:mp4|mov|m4v|webm|avi|mkv|3gp)`;
const FILE_NAME = new RegExp(
  '^(?:' +
    // Cameras and phones: VID_20261201_081500, IMG_4021, PXL_20261201_081500123, DSC_0012 …
    String.raw`(?:VID|IMG|PXL|MVIMG|DSC|DJI|GOPR|MOV|TRIM|Screenshot|video)[_-]\d[\w-]*(?:\.\w{2,4})?` +
    '|' +
    // Screen recordings: "Screen Recording 2026-12-01 at 08.15.00", "Rekaman layar 2026-12-01 081500"
    String.raw`(?:Screen[ _]Recording|Rekaman[ _]layar|Perekaman[ _]layar|Screenrecorder)[ _-]\d{4}-\d{2}-\d{2}(?:[ _-](?:at[ _])?\d{1,2}[.:_-]?\d{2}(?:[.:_-]?\d{2})?(?:\s?[AP]M)?)?(?:${VIDEO_EXT})?` +
    '|' +
    // Any other video file name, spaces excluded: "Sosialisasi_PBB_final.mp4"
    String.raw`[^\s]+${VIDEO_EXT}` +
    ')(?=\\s|$)',
  'iu',
);

export const captionFilename: Rule = {
  id: 'caption-filename',
  category: 'length',
  severity: 'warning',
  run({ text }) {
    const match = FILE_NAME.exec(text);
    if (!match) return [];
    const name = match[0];
    // The fix takes the name and the spaces / line breaks after it.
    const end = name.length + (/^\s*/.exec(text.slice(name.length))?.[0].length ?? 0);
    const only = end >= text.length;
    return [
      {
        start: 0,
        end,
        message: only
          ? msg(`Keterangan masih berupa nama berkas video “${name}”.`, `The caption is still the video's file name “${name}”.`)
          : msg(`Keterangan diawali nama berkas video “${name}”.`, `The caption starts with the video's file name “${name}”.`),
        explanation: msg(
          'TikTok Studio mengisi keterangan dengan nama berkas video yang diunggah. Nama berkas tidak berarti bagi warga dan terlihat tidak rapi di akun resmi; hapus, lalu tulis keterangan yang sebenarnya.',
          'TikTok Studio fills the caption with the uploaded video\'s file name. It means nothing to citizens and looks careless on an official account; remove it and write the real caption.',
        ),
        reference: REF.panrb83,
        suggestions: [''],
        safe: true,
      },
    ];
  },
};
