/**
 * Code tables of the two pre-Unicode Vietnamese encodings still found in old documents, as
 * the characters a Windows (cp1252) reader shows for their bytes — which is how such text
 * reaches us: bytes decoded as Windows-1252/Latin-1, or a DOCX/PDF run in a .VnTime or
 * VNI-Times font whose characters are those same code points.
 *
 * TCVN3 (ABC, TCVN 5712:1993 table VN3) is one byte per letter and has only lower-case toned
 * vowels; capitals were typed in ".VnTimeH" fonts at the lower-case positions. 0xAD (shown as
 * U+00AD SOFT HYPHEN) is "ư", so nothing may strip soft hyphens before conversion.
 *
 * VNI (VNI-Windows) writes a base letter followed by a mark character ("Vieät" = "Việt"); ơ, ư,
 * đ and the toned i/ỵ are single characters. Upper-case marks follow upper-case letters.
 */

/** TCVN3 code → Unicode. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map(
  (
    [
      [0xa1, "Ă"], [0xa2, "Â"], [0xa3, "Ê"], [0xa4, "Ô"], [0xa5, "Ơ"], [0xa6, "Ư"], [0xa7, "Đ"],
      [0xa8, "ă"], [0xa9, "â"], [0xaa, "ê"], [0xab, "ô"], [0xac, "ơ"], [0xad, "ư"], [0xae, "đ"],
      [0xb5, "à"], [0xb6, "ả"], [0xb7, "ã"], [0xb8, "á"], [0xb9, "ạ"],
      [0xbb, "ằ"], [0xbc, "ẳ"], [0xbd, "ẵ"], [0xbe, "ắ"], [0xc6, "ặ"],
      [0xc7, "ầ"], [0xc8, "ẩ"], [0xc9, "ẫ"], [0xca, "ấ"], [0xcb, "ậ"],
      [0xcc, "è"], [0xce, "ẻ"], [0xcf, "ẽ"], [0xd0, "é"], [0xd1, "ẹ"],
      [0xd2, "ề"], [0xd3, "ể"], [0xd4, "ễ"], [0xd5, "ế"], [0xd6, "ệ"],
      [0xd7, "ì"], [0xd8, "ỉ"], [0xdc, "ĩ"], [0xdd, "í"], [0xde, "ị"],
      [0xdf, "ò"], [0xe1, "ỏ"], [0xe2, "õ"], [0xe3, "ó"], [0xe4, "ọ"],
      [0xe5, "ồ"], [0xe6, "ổ"], [0xe7, "ỗ"], [0xe8, "ố"], [0xe9, "ộ"],
      [0xea, "ờ"], [0xeb, "ở"], [0xec, "ỡ"], [0xed, "ớ"], [0xee, "ợ"],
      [0xef, "ù"], [0xf1, "ủ"], [0xf2, "ũ"], [0xf3, "ú"], [0xf4, "ụ"],
      [0xf5, "ừ"], [0xf6, "ử"], [0xf7, "ữ"], [0xf8, "ứ"], [0xf9, "ự"],
      [0xfa, "ỳ"], [0xfb, "ỷ"], [0xfc, "ỹ"], [0xfd, "ý"], [0xfe, "ỵ"],
    ] as const
  ).map(([code, u]) => [String.fromCharCode(code), u]),
);

/** VNI tone marks after a plain vowel (a e o u y, and ơ ư): grave, acute, hook, tilde, dot. */
const VNI_TONE = ["ø", "ù", "û", "õ", "ï"] as const;
/** After â/ê/ô (written "aâ", "eâ", "oâ") the tone and the circumflex are one mark. */
const VNI_CIRCUMFLEX_TONE = ["à", "á", "å", "ã", "ä"] as const;
/** After ă ("aê") likewise. */
const VNI_BREVE_TONE = ["è", "é", "ú", "ü", "ë"] as const;
/** Unicode combining tones in the same order: grave, acute, hook, tilde, dot below. */
const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"] as const;

function vniPairs(): Array<[string, string]> {
  const lower: Array<[string, string]> = [];
  const withTones = (base: string, marks: readonly string[], baseVni: string) =>
    marks.forEach((m, i) => lower.push([(base + TONES[i]).normalize("NFC"), baseVni + m]));
  for (const v of ["a", "e", "o", "u"]) withTones(v, VNI_TONE, v);
  withTones("y", VNI_TONE.slice(0, 4), "y"); // ỵ has a character of its own
  withTones("ơ", VNI_TONE, "ô");
  withTones("ư", VNI_TONE, "ö");
  withTones("â", VNI_CIRCUMFLEX_TONE, "a");
  withTones("ê", VNI_CIRCUMFLEX_TONE, "e");
  withTones("ô", VNI_CIRCUMFLEX_TONE, "o");
  withTones("ă", VNI_BREVE_TONE, "a");
  lower.push(["â", "aâ"], ["ê", "eâ"], ["ô", "oâ"], ["ă", "aê"], ["ơ", "ô"], ["ư", "ö"], ["đ", "ñ"]);
  // i and ỵ have single characters of their own.
  lower.push(["ì", "ì"], ["í", "í"], ["ỉ", "æ"], ["ĩ", "ó"], ["ị", "ò"]);
  lower.push(["ỵ", "î"]);
  return [...lower, ...lower.map(([u, v]) => [u.toUpperCase(), v.toUpperCase()] as [string, string])];
}

/** Unicode (NFC) → VNI sequence, every Vietnamese letter VNI can write. */
export const UNICODE_TO_VNI: ReadonlyMap<string, string> = new Map(vniPairs());

/** VNI sequence (one or two characters) → Unicode. */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = new Map([...UNICODE_TO_VNI].map(([u, v]) => [v, u]));

/** Unicode (NFC) → TCVN3; capitals without a code of their own take the lower-case code (".VnTimeH"). */
export const UNICODE_TO_TCVN3: ReadonlyMap<string, string> = new Map(
  [...TCVN3_TO_UNICODE].flatMap(([code, u]) => {
    const upper = u.toUpperCase();
    const hasUpper = [...TCVN3_TO_UNICODE.values()].includes(upper) && upper !== u;
    return hasUpper ? [[u, code] as [string, string]] : [[u, code] as [string, string], [upper, code] as [string, string]];
  }),
);
