import { describe, expect, it } from 'vitest';
import { httpUrl } from './safe-url';

describe('httpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(httpUrl('https://www.lemonde.fr/a?b=1#c')).toBe('https://www.lemonde.fr/a?b=1#c');
    expect(httpUrl('http://example.org/')).toBe('http://example.org/');
  });

  it('accepts the scheme in any case and trims surrounding whitespace', () => {
    expect(httpUrl('  HTTPS://Example.org/x \n')).toBe('https://example.org/x');
    expect(httpUrl('HtTp://example.org')).toBe('http://example.org/');
  });

  it('rejects script, data and other schemes, even disguised', () => {
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl(' JavaScript:alert(1)')).toBeNull();
    expect(httpUrl('java\tscript:alert(1)')).toBeNull();
    expect(httpUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(httpUrl('vbscript:msgbox(1)')).toBeNull();
    expect(httpUrl('file:///etc/passwd')).toBeNull();
    expect(httpUrl('ftp://example.org/')).toBeNull();
  });

  it('rejects relative, empty and unparsable values', () => {
    expect(httpUrl('/news/article')).toBeNull();
    expect(httpUrl('www.example.org')).toBeNull();
    expect(httpUrl('https://')).toBeNull();
    expect(httpUrl('   ')).toBeNull();
    expect(httpUrl('')).toBeNull();
    expect(httpUrl(null)).toBeNull();
    expect(httpUrl(undefined)).toBeNull();
  });
});
