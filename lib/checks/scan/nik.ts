/**
 * NIK / KK structure (Dukcapil): 6-digit region code (province, regency, district), 6-digit date
 * DDMMYY (birth date on a NIK, women +40 on the day; issue date on a KK), 4-digit serial. Checking it
 * keeps order numbers, bank references and random 16-digit IDs from raising false alarms.
 */
import { PATTERNS } from './patterns';

// Province codes per Kemendagri, including the Papua provinces formed in 2022 (93–96).
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
  71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
]);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function num(digits: string, from: number): number {
  return Number(digits.slice(from, from + 2));
}

/** True when 16 digits have a plausible region code, date and serial. */
export function isPlausibleNik(digits: string): boolean {
  if (digits.length !== 16) return false;
  if (!PROVINCES.has(num(digits, 0))) return false;
  if (num(digits, 2) === 0 || num(digits, 4) === 0) return false;
  const rawDay = num(digits, 6);
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const month = num(digits, 8);
  if (month < 1 || month > 12 || day < 1) return false;
  if (day > (DAYS_IN_MONTH[month - 1] ?? 0)) return false;
  return digits.slice(12) !== '0000';
}

/** Keeps separators and the first four digits (the province and regency), hides the rest. */
export function maskDigits(typed: string, keepFirst: number, keepLast = 0): string {
  const total = typed.replace(PATTERNS.nonDigit, '').length;
  let seen = 0;
  let out = '';
  for (const ch of typed) {
    if (ch >= '0' && ch <= '9') {
      out += seen < keepFirst || seen >= total - keepLast ? ch : '*';
      seen++;
    } else out += ch;
  }
  return out;
}
