import { ruleTable } from '../testing';
import { captionFilename } from './caption-filename';

const fix = { severity: 'warning' as const, suggestions: [''], safe: true as const };

ruleTable(captionFilename, {
  valid: [
    'Layanan perekaman KTP elektronik dibuka setiap Sabtu.',
    'Video kegiatan ada di tautan bio: VID_20261201_081500 menyusul.',
    'IMG kegiatan posyandu hari ini',
    'Rekaman layar cara daftar antrean online ada di bawah.',
    { text: 'Unduh panduan.pdf di situs resmi.', name: 'a document name is not the video file name' },
    '',
  ],
  invalid: [
    { text: 'VID_20261201_081500', findings: [{ match: 'VID_20261201_081500', ...fix }] },
    { text: 'VID_20261124_093000.mp4', name: 'Studio’s own pre-fill', findings: [{ match: 'VID_20261124_093000.mp4', ...fix }] },
    { text: 'IMG_4021', findings: [{ match: 'IMG_4021', ...fix }] },
    { text: 'PXL_20261201_081500123.mp4 Warga antusias', findings: [{ match: 'PXL_20261201_081500123.mp4 ', ...fix }] },
    { text: 'Rekaman layar 2026-12-01 081500.mp4', findings: [{ match: 'Rekaman layar 2026-12-01 081500.mp4', ...fix }] },
    { text: 'Screen Recording 2026-12-01 at 08.15.00', findings: [{ match: 'Screen Recording 2026-12-01 at 08.15.00', ...fix }] },
    {
      text: 'Sosialisasi_PBB_final.MOV\n\nSosialisasi PBB di Balai Desa.',
      name: 'any *.mov name, with the empty line after it',
      findings: [{ match: 'Sosialisasi_PBB_final.MOV\n\n', ...fix }],
    },
    { text: 'VID_20261201_081500 Kerja bakti warga', ctx: { platform: 'tiktok' }, findings: [{ match: 'VID_20261201_081500 ', ...fix }] },
  ],
});
