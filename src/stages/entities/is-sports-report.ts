// Whether a document reports sport: scores ("2-1", "108-3") and the words of matches and leagues, several of
// each, or several words only games use. In such a report a town's bare name is usually its team ("Cleveland 's lead", "KENT MADE TO SWEAT"),
// while in a conflict report it is the place. Both signals are needed: a casualty range ("10-15") alone is
// no score, and "match" or "league" alone is no game.
const SCORE = /(?<![\d.,/-])\d{1,3}-\d{1,3}(?![\d/-]|[.,]\d|\s*(?:percent|%|year|month|day|km|mile))/g;
const SPORTS_WORD =
  /\b(?:beat|beats|defeated|match(?:es)?|game|games|innings?|league|cup|goals?|homered|homer|scored|coach|striker|midfielder|goalkeeper|championships?|tournament|semifinal|quarter-?final|halftime|season|pitcher|batting|bowling|wickets?|rugby|soccer|cricket|baseball|tennis|golf|seeded|round)\b/gi;

// Words no other kind of report uses: enough on their own when scores are written otherwise ("133 for five").
const GAME_ONLY_WORD =
  /\b(?:innings|inning|wickets?|homered|striker|midfielder|goalkeeper|pitcher|batting|bowling|cricket|soccer|rugby|baseball|tennis|golf|semifinal|quarter-?final|halftime|championship|league|tournament)\b/gi;

const MIN_SCORES = 2;
const MIN_SPORTS_WORDS = 4;
const MIN_GAME_ONLY_WORDS = 4;

// A results line: two names, each with its goals or points ("Ipswich 3 Port Vale 2", "DETROIT 4 Kansas City 1").
const RESULT_LINE = /^\p{Lu}[\p{L}.'’ -]*?[ ]\d{1,3}[ ]\p{Lu}[\p{L}.'’ -]*?[ ]\d{1,3}[ ]*$/gmu;
const MIN_RESULT_LINES = 3;

export function isSportsReport(text: string): boolean {
  if ((text.match(RESULT_LINE)?.length ?? 0) >= MIN_RESULT_LINES) return true;
  const scored = (text.match(SCORE)?.length ?? 0) >= MIN_SCORES && (text.match(SPORTS_WORD)?.length ?? 0) >= MIN_SPORTS_WORDS;
  return scored || (text.match(GAME_ONLY_WORD)?.length ?? 0) >= MIN_GAME_ONLY_WORDS;
}
