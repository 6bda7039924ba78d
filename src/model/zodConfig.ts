import { z } from 'zod';

/**
 * Zod compiles object parsers with `new Function` when it may, probing for it
 * first; the built site's Content-Security-Policy forbids eval, so the probe
 * alone would report a violation. Scenarios are parsed rarely: the plain
 * parser is fast enough. Every schema in src/model takes `z` from here, so the
 * setting is in force before the first parse.
 */
z.config({ jitless: true });

export { z };
