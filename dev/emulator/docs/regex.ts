// Docs' replaceText/findText take a regular expression *string* in RE2 syntax
// (developers.google.com/apps-script/reference/document/body#replaceText(String,String)).
// This translates the RE2 subset JS can express and rejects what RE2 lacks (backreferences,
// lookaround), so a pattern that works here also compiles on Google.
//
// The replacement string is expanded the way Google's RE2/J matcher does (Docs run on Java's RE2/J;
// the reference is silent — (check)): `$n` inserts capture group n, `${name}` a named group, and
// `\x` inserts x literally. So the add-on must escape `\` and `$` in user text it passes as a
// replacement: `text.replace(/[\\$]/g, '\\$&')`.

export class DocsRegexError extends Error {}

function invalid(pattern: string, why: string): never {
  // Google's wording is not documented (check); this names the pattern and the reason.
  throw new DocsRegexError(`Invalid regular expression pattern ${pattern}: ${why}`);
}

/** Translates an RE2 pattern into a global JS RegExp. */
export function re2ToRegExp(pattern: string): RegExp {
  let flags = 'g';
  let src = pattern;
  const leading = /^\(\?([imsU]+)\)/.exec(src);
  if (leading) {
    for (const f of leading[1]) {
      if (f === 'i' || f === 'm' || f === 's') flags += flags.includes(f) ? '' : f;
      else invalid(pattern, `flag ${f} is not emulated`);
    }
    src = src.slice(leading[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) invalid(pattern, 'trailing backslash');
      if (/[1-9]/.test(n)) invalid(pattern, 'backreferences are not supported by RE2');
      if (n === 'Q') {
        const end = src.indexOf('\\E', i + 2);
        const literal = end < 0 ? src.slice(i + 2) : src.slice(i + 2, end);
        out += literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
        i = end < 0 ? src.length : end + 1;
        continue;
      }
      if (n === 'A' && !inClass) {
        out += '(?<![\\s\\S])';
        i++;
        continue;
      }
      if (n === 'z' && !inClass) {
        out += '(?![\\s\\S])';
        i++;
        continue;
      }
      if (n === 'p' || n === 'P' || n === 'C' || n === 'Z') invalid(pattern, `\\${n} is not emulated`);
      out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      if (c === '[' && src[i + 1] === ':') {
        const end = src.indexOf(':]', i + 2);
        if (end < 0) invalid(pattern, 'unterminated POSIX class');
        out += posixClass(pattern, src.slice(i + 2, end));
        i = end + 1;
        continue;
      }
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (src[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && src[i + 1] === '?') {
      const rest = src.slice(i + 2);
      if (rest.startsWith(':')) {
        out += '(?:';
        i += 2;
        continue;
      }
      if (rest.startsWith('P<')) {
        out += '(?<';
        i += 3;
        continue;
      }
      if (rest.startsWith('<') && !rest.startsWith('<=') && !rest.startsWith('<!')) {
        out += '(?<';
        i += 2;
        continue;
      }
      if (/^(=|!|<=|<!)/.test(rest)) invalid(pattern, 'lookaround is not supported by RE2');
      invalid(pattern, 'inline flags are only emulated at the start of the pattern');
    }
    if ((c === '*' || c === '+' || c === '?' || c === '}') && src[i + 1] === '+') {
      invalid(pattern, 'possessive quantifiers are not supported by RE2');
    }
    out += c;
  }
  if (inClass) invalid(pattern, 'missing ]');
  try {
    return new RegExp(out, flags);
  } catch (e) {
    return invalid(pattern, (e as Error).message);
  }
}

function posixClass(pattern: string, name: string): string {
  const classes: Record<string, string> = {
    alnum: '0-9A-Za-z',
    alpha: 'A-Za-z',
    digit: '0-9',
    lower: 'a-z',
    upper: 'A-Z',
    space: '\\t\\n\\v\\f\\r ',
    punct: '!-\\/:-@\\[-`{-~',
    xdigit: '0-9A-Fa-f',
    word: '0-9A-Za-z_',
  };
  const body = classes[name];
  if (!body) invalid(pattern, `unknown POSIX class ${name}`);
  return body;
}

/** Expands a replacement string for one match, RE2/J style (see the header). */
export function expandReplacement(replacement: string, match: RegExpExecArray): string {
  const groupCount = match.length - 1;
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      if (i + 1 >= replacement.length) throw new DocsRegexError('character to be escaped is missing');
      out += replacement[++i];
      continue;
    }
    if (c === '$') {
      const next = replacement[i + 1];
      if (next !== undefined && next >= '0' && next <= '9') {
        let n = Number(next);
        if (n > groupCount) throw new DocsRegexError(`n > number of groups: ${n}`);
        i++;
        while (i + 1 < replacement.length && /[0-9]/.test(replacement[i + 1])) {
          const bigger = n * 10 + Number(replacement[i + 1]);
          if (bigger > groupCount) break;
          n = bigger;
          i++;
        }
        out += match[n] ?? '';
        continue;
      }
      if (next === '{') {
        const end = replacement.indexOf('}', i + 2);
        if (end < 0) throw new DocsRegexError('named capture group is missing trailing }');
        const name = replacement.slice(i + 2, end);
        const groups = match.groups ?? {};
        if (!(name in groups)) throw new DocsRegexError(`no group with name {${name}}`);
        out += groups[name] ?? '';
        i = end;
        continue;
      }
      // A `$` before anything else stays literal (check).
      out += c;
      continue;
    }
    out += c;
  }
  return out;
}

/** Replaces every match in one text element; returns the new text. */
export function replaceAllIn(text: string, regex: RegExp, replacement: string): string {
  regex.lastIndex = 0;
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) {
    out += text.slice(last, m.index) + expandReplacement(replacement, m);
    last = m.index + m[0].length;
    if (m[0].length === 0) {
      if (regex.lastIndex >= text.length) break;
      out += text[regex.lastIndex];
      regex.lastIndex += 1;
      last = regex.lastIndex;
    }
  }
  return out + text.slice(last);
}
