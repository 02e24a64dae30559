/**
 * The `code` input's globs, matched against repository-relative paths with `/`:
 * `*` and `?` stay inside one path segment, `**` spans segments, a pattern without glob characters
 * also matches everything below it (`src` = `src/**`), and a leading `!` excludes.
 */
export interface GlobSet {
  matches(path: string): boolean;
}

export function compileGlobs(patterns: readonly string[]): GlobSet {
  const include = patterns.filter((p) => !p.startsWith('!')).map(globToRegExp);
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
  return {
    matches: (path) => (include.length === 0 || include.some((re) => re.test(path))) && !exclude.some((re) => re.test(path)),
  };
}

export function globToRegExp(pattern: string): RegExp {
  const clean = pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  let source = '';
  for (let i = 0; i < clean.length; i++) {
    const char = clean[i]!;
    if (char === '*' && clean[i + 1] === '*') {
      const slash = clean[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // Anything below a matched directory matches too.
  return new RegExp(`^${source}(?:/.*)?$`);
}
