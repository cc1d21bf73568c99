/** Regulations and guidelines findings cite, and the links they point admins to. */
import type { FindingLink } from './types';

export const REF = {
  pdp: 'UU 27/2022 PDP',
  panrb83: 'Permen PANRB 83/2012',
  se137: 'SE MenPANRB 137/2018',
  skb: 'SKB 2/2022 netralitas ASN',
  ite283: 'UU ITE Pasal 28(3)',
  ite282: 'UU ITE Pasal 28(2)',
  eyd: 'EYD V / KBBI',
  inpres26: 'Inpres 26/1998',
  keppres12: 'Keppres 12/2014',
} as const;

/** Where to check a claim and where to report a hoax (../shared/reference/indonesia.md). */
export const FACT_CHECK_LINKS: FindingLink[] = [
  { label: 'TurnBackHoax (Mafindo)', url: 'https://turnbackhoax.id' },
  { label: 'CekFakta', url: 'https://cekfakta.com' },
  { label: 'Komdigi: berita hoaks', url: 'https://www.komdigi.go.id/berita/berita-hoaks' },
  { label: 'Aduan Konten', url: 'https://aduankonten.id' },
];

export const PDP_LINKS: FindingLink[] = [
  { label: 'UU 27/2022 PDP (JDIH BPK)', url: 'https://peraturan.bpk.go.id/Details/229798/uu-no-27-tahun-2022' },
];
