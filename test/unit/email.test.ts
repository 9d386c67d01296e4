import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isEmail } from '@/utils/email';

describe('isEmail (the popup’s zod-free check)', () => {
  const samples = [
    'engineer@heavyset.tech',
    'owner+alerts@acmeroofing.com',
    "o'brien@example.co.uk",
    'first.last@sub.domain.io',
    'bad@',
    '@heavyset.tech',
    'two..dots@example.com',
    '.lead@example.com',
    'no-tld@localhost',
    'spaces in@example.com',
    'a@b.c',
  ];
  it.each(samples)('agrees with zod on %s', (sample) => {
    expect(isEmail(sample)).toBe(z.email().safeParse(sample).success);
  });
});
