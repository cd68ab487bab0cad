import { z } from 'zod';

/** A label in both languages the platform speaks. Korean is the default; English on request. */
export const Text = z.object({ ko: z.string().min(1), en: z.string().min(1) });
export type Text = z.infer<typeof Text>;

export type Lang = 'ko' | 'en';

export function t(ko: string, en: string): Text {
  return { ko, en };
}
