import { ALLOWED_DOMAINS, GENERIC_DOMAINS } from '../lexicon/organisations';
import { isGivenName, isWord, isWordOrCompound } from '../lexicon/lexicon';
import { isCharIn } from '../text/chars';
import type { Token } from '../text/tokens';
import type { Candidate } from './types';

const LOCAL_EXTRA = "._%+'-";
const DOMAIN_EXTRA = '.-';
const TLD = /^\p{L}{2,24}$/u;

/** E-mail addresses, found from each "@" outwards so that no regex can backtrack. */
export function findEmails(text: string): Candidate[] {
  const found: Candidate[] = [];
  let at = text.indexOf('@');
  let lastEnd = 0;
  while (at >= 0) {
    // "jan @ gmail.com": tolerate one space on each side of the @.
    const leftEdge = text[at - 1] === ' ' && text[at + 1] === ' ' ? at - 1 : at;
    const rightEdge = leftEdge === at - 1 ? at + 2 : at + 1;
    let start = leftEdge;
    while (start > lastEnd && leftEdge - start < 64 && isCharIn(text, start - 1, LOCAL_EXTRA)) start--;
    while (start < leftEdge && text[start] === '.') start++;
    let end = rightEdge;
    while (end < text.length && end - rightEdge < 253 && isCharIn(text, end, DOMAIN_EXTRA)) end++;
    while (end > rightEdge && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const domain = text.slice(rightEdge, end);
    const labels = domain.split('.');
    if (
      start < leftEdge &&
      labels.length >= 2 &&
      labels.every((label) => label.length > 0) &&
      TLD.test(labels[labels.length - 1]) &&
      !isAllowedMailbox(text.slice(start, leftEdge), domain)
    ) {
      found.push({ start, end, category: 'email' });
      lastEnd = end;
    }
    at = text.indexOf('@', Math.max(at + 1, lastEnd));
  }
  found.push(...findObfuscatedEmails(text));
  return found;
}

function isAllowedMailbox(local: string, domain: string): boolean {
  const generic = /^(info|contact|hulplijn|helpline|secretariaat|office|meldpunt)$/i.test(local);
  return generic && isAllowedDomain(domain.toLowerCase());
}

// "[at]", "(at)", "{@}" are unambiguous; a bare " at " only with a domain that
// has no space after its dots ("jan at gmail.com", "jan at gmail dot com").
const BRACKETED_AT = /\s?[[({]\s?(?:at|@|apenstaartje)\s?[\])}]\s?/giu;
const PLAIN_AT = /\s(?:at|apenstaartje)\s/giu;
const LENIENT_DOMAIN = /^[\p{L}\p{N}-]{1,63}(?:\s?(?:\.|[[({]\s?(?:dot|punt)\s?[\])}]|\s(?:dot|punt)\s)\s?[\p{L}\p{N}-]{1,63}){1,3}/iu;
const STRICT_DOMAIN = /^[\p{L}\p{N}-]{1,63}(?:(?:\.|\s?[[({]\s?(?:dot|punt)\s?[\])}]\s?|\s(?:dot|punt)\s)[\p{L}\p{N}-]{1,63}){1,3}/u;
const MAIL_PROVIDER =
  /^(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|ziggo|kpnmail|kpnplanet|planet|xs4all|home|hetnet|upcmail|casema|quicknet|telfort|chello|msn|aol|gmx|web|protonmail|proton|tutanota|online|telenet|skynet)\b/iu;
const MAIL_TLD = /(?:^|[^\p{L}])(?:com|nl|be|org|net|eu|de|uk|fr|info|io|me|co|live|mail)$/u;

/** "jan punt jansen [at] gmail [dot] com" and friends. */
function findObfuscatedEmails(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [re, domainRe] of [
    [BRACKETED_AT, LENIENT_DOMAIN],
    [PLAIN_AT, STRICT_DOMAIN],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const atStart = m.index ?? 0;
      const atEnd = atStart + m[0].length;
      const domain = domainRe.exec(text.slice(atEnd, atEnd + 300));
      if (domain === null || !MAIL_TLD.test(domain[0])) continue;
      // "works at Booking.com" is prose; "jan at gmail.com" names a mail provider.
      if (re === PLAIN_AT && !/(?:dot|punt)/.test(domain[0]) && !MAIL_PROVIDER.test(domain[0])) continue;
      let start = atStart;
      while (start > 0 && atStart - start < 64 && isCharIn(text, start - 1, LOCAL_EXTRA)) start--;
      if (start === atStart) continue;
      found.push({ start, end: atEnd + domain[0].length, category: 'email' });
    }
  }
  return found;
}

const URL_WITH_SCHEME = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>"'`{}|\\^[\]]{1,2048}/gi;
const TLDS =
  'nl|com|be|org|net|eu|de|uk|io|info|tv|me|app|co|fr|es|it|biz|online|site|xyz|ly|gg|ch|at|pl|tr|ma|sr|cw|us|ca|au|link|page|social|chat|club|shop|live|blog';
// Bare domains: the top-level domain must be written in lower case, so that a
// missing space after a full stop ("Zwolle.De zoon") is not read as a domain.
const TLD_AFTER_DOT = new RegExp(`^(?:${TLDS})(?![\\p{L}\\p{N}-])`, 'u');
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const PATH = /^\/[^\s<>"'`]{0,2048}/u;

/** "facebook.com/jan.jansen", "fotografie-rvdm.nl": found from each dot, so no regex can backtrack. */
function findBareDomains(text: string): Candidate[] {
  const found: Candidate[] = [];
  let lastEnd = 0;
  let dot = text.indexOf('.');
  while (dot >= 0) {
    const tld = TLD_AFTER_DOT.exec(text.slice(dot + 1, dot + 8));
    if (tld !== null && dot > lastEnd) {
      let start = dot;
      while (start > lastEnd && dot - start < 253 && isCharIn(text, start - 1, DOMAIN_EXTRA)) start--;
      const before = start > 0 ? text[start - 1] : ' ';
      const labels = text.slice(start, dot).split('.');
      if (before !== '@' && before !== '/' && labels.length <= 4 && labels.every((label) => LABEL.test(label))) {
        let end = dot + 1 + tld[0].length;
        const path = PATH.exec(text.slice(end, end + 2049));
        if (path !== null) end += path[0].length;
        found.push({ start, end, category: 'url' });
        lastEnd = end;
      }
    }
    dot = text.indexOf('.', Math.max(dot + 1, lastEnd));
  }
  return found;
}

function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0 && '.,;:!?\'"’”'.includes(url[end - 1])) end--;
  // A closing bracket belongs to the URL only when the URL opened one.
  if (url[end - 1] === ')' && !url.slice(0, end).includes('(')) end--;
  return url.slice(0, end);
}

function hostOf(url: string): string {
  const withoutScheme = url.replace(/^[a-z]+:\/\//i, '');
  const host = withoutScheme.split(/[/?#:]/)[0].toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host;
}

function isAllowedDomain(host: string): boolean {
  return ALLOWED_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

function hasPath(url: string): boolean {
  const withoutScheme = url.replace(/^[a-z]+:\/\//i, '');
  const slash = withoutScheme.indexOf('/');
  return slash >= 0 && slash < withoutScheme.length - 1;
}

function isNeutralUrl(url: string): boolean {
  const host = hostOf(url);
  if (isAllowedDomain(host)) return true;
  return !hasPath(url) && GENERIC_DOMAINS.includes(host);
}

export function findUrls(text: string): Candidate[] {
  const found: Candidate[] = [];
  const raw: Candidate[] = [];
  for (const m of text.matchAll(URL_WITH_SCHEME)) {
    const start = m.index ?? 0;
    raw.push({ start, end: start + m[0].length, category: 'url' });
  }
  raw.push(...findBareDomains(text));
  for (const candidate of raw) {
    const url = trimUrl(text.slice(candidate.start, candidate.end));
    if (url.length < 4 || isNeutralUrl(url)) continue;
    found.push({
      start: candidate.start,
      end: candidate.start + url.length,
      category: 'url',
    });
  }
  return found;
}

const AT_HANDLE = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,29}[\p{L}\p{N}_])?/gu;
const PLATFORM_HANDLE =
  /\b(?:instagram|insta|ig|snapchat|snap|tiktok|twitter|telegram|discord|kik|roblox|fortnite|minecraft|xbox|psn|playstation|steam|skype|twitch|reddit|tinder|grindr|onlyfans|wickr|threads|bluesky|gebruikersnaam|username|user name|accountnaam|account|profielnaam|profile name|schermnaam|gamertag|nickname|spelersnaam|gamenaam|onder de naam|met de naam|under the name|the user|de gebruiker|user|gebruiker)(?:[- ]?(?:naam|name|account|handle|id|profiel|profile))?(?:\s(?:in|op|on)\s(?:de\s|het\s|the\s)?\p{L}{2,12})?(?:\s(?:heet|noemt)\s(?:hij|ze|zij)(?:\szich)?\s|\s?(?:is|was|heet|als|as|:|=|-)\s?|\s\(|\s)(?:de naam\s|the name\s)?["'“‘]?([\p{L}\p{N}_.]{3,30}(?:#\d{4}(?![\p{N}]))?)/giu;

/** Cues that say the next word is a user name, not just that a platform is meant. */
const NAMING_CUE =
  /^(?:gebruikersnaam|username|user name|nickname|gamertag|accountnaam|profielnaam|profile name|schermnaam|spelersnaam|gamenaam)|\s(?:heet|noemt)\s/iu;

const NAME_EXTRA = '_.';
const HAS_LETTER = /\p{L}/u;

/** A word with an underscore inside is a user name, not prose: "Shadow_Wolf88". */
function findUnderscoreNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  let at = text.indexOf('_');
  let lastEnd = 0;
  while (at >= 0) {
    let start = at;
    while (start > lastEnd && at - start < 30 && isCharIn(text, start - 1, NAME_EXTRA)) start--;
    let end = at + 1;
    while (end < text.length && end - at < 30 && isCharIn(text, end, NAME_EXTRA)) end++;
    while (end > at + 1 && text[end - 1] === '.') end--;
    const value = text.slice(start, end);
    if (
      value.length >= 5 &&
      HAS_LETTER.test(value) &&
      /^[^_]+(?:_[^_]+)+$/u.test(value.replace(/\./g, 'x')) &&
      text[start - 1] !== '@' &&
      !isCharIn(text, start - 1, NAME_EXTRA)
    ) {
      found.push({ start, end, category: 'handle' });
      lastEnd = end;
    }
    at = text.indexOf('_', Math.max(at + 1, end));
  }
  return found;
}

/** First words of the cues in PLATFORM_HANDLE: the regex only runs where one starts. */
const CUE_FIRST_WORDS: ReadonlySet<string> = new Set(
  'instagram insta ig snapchat snap tiktok twitter telegram discord kik roblox fortnite minecraft xbox psn playstation steam skype twitch reddit tinder grindr onlyfans wickr threads bluesky gebruikersnaam username user accountnaam account profielnaam profile schermnaam gamertag nickname spelersnaam gamenaam onder met under the de gebruiker'.split(
    ' ',
  ),
);

/** The same pattern, sticky: run at the start of a cue word only. */
const PLATFORM_HANDLE_AT = new RegExp(PLATFORM_HANDLE.source.replace(/^\\b/, ''), 'iuy');

/** Sticky: tried right after the word, without cutting out the text after it. */
const GENERIC_CUE_CONTINUATIONS: ReadonlyMap<string, RegExp> = new Map([
  ['onder', / de naam/iy],
  ['met', / de naam/iy],
  ['under', / the name/iy],
  ['the', / user/iy],
  ['de', / gebruiker/iy],
]);

/** Digits, an underscore or a dot, or a capital inside ("xXlisaXx", "DarkRaven"): written as a user name, not as a word. */
function looksLikeUserName(name: string): boolean {
  return /[\d_.]/.test(name) || /\p{Ll}\p{Lu}/u.test(name);
}

/** Letters, then two to four digits: "Kevin2008", "darkstar77", "SweetBoy2007". */
const LETTERS_THEN_DIGITS = /^(\p{L}{3,24})\d{2,4}$/u;
const LOWER = /\p{Ll}/u;
/**
 * Words that place a message on a platform or in a chat: a user name may stand anywhere in such a
 * sentence. Not "online", "app" or "game" alone: "online sessie over Covid19" names no one.
 */
const ONLINE_CONTEXT =
  /(?<![\p{L}])(?:chat\p{L}*|whatsapp|facebook|messenger|dm|profiel|account|noemt|noemde|calls|called|goes by|instagram|insta|snapchat|snap|tiktok|twitter|telegram|discord|kik|roblox|fortnite|minecraft|xbox|psn|playstation|steam|skype|twitch|reddit|tinder|grindr|profile|username|gebruikersnaam)(?![\p{L}])/iu;
/** "noemt hij zich …", "calls himself …", "goes by …", "speelt als …": the word after is what someone calls themselves. */
const CALLS_ITSELF_BEFORE =
  /(?<![\p{L}])(?:noem(?:t|de|den) (?:hij |ze |zij |die )?zich|call(?:s|ed) (?:himself|herself|themselves)|goes by|went by|speel(?:t|de) (?:hij |ze |zij )?als|play(?:s|ed) as) ["'“‘]?$/iu;
/** "… die zich Kevin2008 noemt": the word before "noemt". */
const CALLS_ITSELF_AFTER = /^["'”’]? noem(?:t|de|den)(?![\p{L}])/iu;
const ZICH_BEFORE = /(?<![\p{L}])zich ["'“‘]?$/iu;
/** The last word of CALLS_ITSELF_BEFORE and ZICH_BEFORE. */
const CALLS_ITSELF_LAST_WORDS: ReadonlySet<string> = new Set(['zich', 'himself', 'herself', 'themselves', 'by', 'als', 'as']);

/**
 * User names without a platform right before them: a word written as a user name after "noemt
 * zich", "calls himself", …; a given name with digits ("Kevin2008"); and letters with digits, the
 * letters no word, in a sentence about something online ("via Telegram met ene Darkstar77").
 */
function findUserNames(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  let online: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.isNumber || token.text.length < 5) continue;
    // Both cues end in one of a few words right before this one: only then are they worth a regex.
    const cueBefore = i > 0 && token.start - tokens[i - 1].end <= 2 && CALLS_ITSELF_LAST_WORDS.has(tokens[i - 1].lower);
    const before = cueBefore ? text.slice(Math.max(0, token.start - 30), token.start) : '';
    const calls =
      cueBefore &&
      (CALLS_ITSELF_BEFORE.test(before) || (ZICH_BEFORE.test(before) && CALLS_ITSELF_AFTER.test(text.slice(token.end, token.end + 12))));
    if (calls && looksLikeUserName(token.text)) {
      found.push({ start: token.start, end: token.end, category: 'handle' });
      continue;
    }
    const m = LETTERS_THEN_DIGITS.exec(token.text);
    if (m === null || !LOWER.test(m[1])) continue;
    const letters = m[1].toLowerCase();
    if (isWord(letters)) continue;
    online ??= ONLINE_CONTEXT.test(text);
    if (online || isGivenName(letters)) found.push({ start: token.start, end: token.end, category: 'handle' });
  }
  return found;
}

/** Social handles: "@lisa_2009", and user names after a platform ("Snapchat: lisa2009"). */
export function findHandles(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [...findUnderscoreNames(text), ...findUserNames(text, tokens)];
  for (const m of text.matchAll(AT_HANDLE)) {
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, category: 'handle' });
  }
  const re = PLATFORM_HANDLE_AT;
  for (const token of tokens) {
    const dash = token.lower.indexOf('-');
    const first = dash < 0 ? token.lower : token.lower.slice(0, dash);
    if (!CUE_FIRST_WORDS.has(first)) continue;
    // Common words only start a cue in one phrase: check it before running the regex.
    const continuation = GENERIC_CUE_CONTINUATIONS.get(first);
    if (continuation !== undefined) {
      continuation.lastIndex = token.end;
      if (!continuation.test(text)) continue;
    }
    re.lastIndex = token.start;
    const m = re.exec(text);
    if (m === null) continue;
    const name = m[1].replace(/\.+$/, '');
    const start = m.index + m[0].length - m[1].length;
    const looksLikeHandle = looksLikeUserName(name);
    // After "gebruikersnaam is", "heet hij" a glued compound is a user name ("blauwevos"); after a platform alone it is a word.
    const ordinary = NAMING_CUE.test(m[0]) ? isWord(name.toLowerCase()) : isWordOrCompound(name.toLowerCase());
    // Not a user name when it is an ordinary word or a capitalised name (left to the name rules).
    if (name.length < 3 || (!looksLikeHandle && (ordinary || /^\p{Lu}/u.test(name)))) continue;
    found.push({ start, end: start + name.length, category: 'handle' });
  }
  return found;
}
